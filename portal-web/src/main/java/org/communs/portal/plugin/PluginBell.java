package org.communs.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communs.portal.i18n.Language;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.notification.BellLine;
import org.communs.portal.notification.BellSource;
import org.communs.portal.plugin.PluginNoticeStore.StoredNotice;

/**
 * The plugins' lines of the bell: those of plugins in service, written in the reader's language
 * from each plugin's bundle; a line that came several times while unread says how many.
 */
@ApplicationScoped
public class PluginBell implements BellSource {

    @Inject
    PluginNoticeStore store;

    @Inject
    PluginRegistry registry;

    @Override
    public String prefix() {
        return "p";
    }

    @Override
    public List<BellLine> latest(MemberSummary member, Language language, int max) {
        Map<String, ActivePlugin> plugins = registry.allActive().stream().collect(Collectors.toMap(ActivePlugin::id, Function.identity()));
        List<BellLine> lines = new ArrayList<>();
        for (StoredNotice notice : store.latest(member.id(), plugins.keySet(), max)) {
            ActivePlugin plugin = plugins.get(notice.pluginId());
            if (plugin == null) {
                continue; // stopped meanwhile
            }
            String text = HostedContext.text(plugin.loader(), notice.bundle(), notice.textKey(), language.locale(),
                    notice.arguments().toArray());
            lines.add(new BellLine(prefix() + notice.id(), notice.times() > 1 ? notice.times() + " × " + text : text,
                    notice.path(), notice.createdAt(), notice.read()));
        }
        return lines;
    }

    @Override
    public long unreadCount(MemberSummary member) {
        return store.unreadCount(member.id(), activeIds());
    }

    @Override
    public void markRead(MemberSummary member, long id) {
        store.markRead(member.id(), id);
    }

    @Override
    public void markAllRead(MemberSummary member) {
        store.markAllRead(member.id());
    }

    private Set<String> activeIds() {
        return registry.allActive().stream().map(ActivePlugin::id).collect(Collectors.toSet());
    }
}
