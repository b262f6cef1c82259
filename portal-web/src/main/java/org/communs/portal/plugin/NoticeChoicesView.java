package org.communs.portal.plugin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communs.portal.api.notify.Delivery;
import org.communs.portal.api.notify.NoticeKind;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;
import org.communs.portal.ui.UserPreferences;

/**
 * "Mes notifications" ({@code /account/notifications.xhtml}): for each kind of notification of
 * each plugin in service, whether the member hears of it in the bell only or also by e-mail.
 */
@Named("noticeChoices")
@ViewScoped
public class NoticeChoicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginRegistry registry;

    @Inject
    transient PluginNoticeStore store;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    @Inject
    UserPreferences preferences;

    private List<Row> rows = List.of();

    /** One kind of one plugin, with the member's delivery. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String pluginId;
        private final String pluginName;
        private final String kind;
        private final String label;
        private Delivery delivery;

        Row(String pluginId, String pluginName, String kind, String label, Delivery delivery) {
            this.pluginId = pluginId;
            this.pluginName = pluginName;
            this.kind = kind;
            this.label = label;
            this.delivery = delivery;
        }

        public String getId() {
            return pluginId + "-" + kind;
        }

        public String getPluginName() {
            return pluginName;
        }

        public String getLabel() {
            return label;
        }

        public Delivery getDelivery() {
            return delivery;
        }

        public void setDelivery(Delivery delivery) {
            this.delivery = delivery;
        }
    }

    public void open() {
        if (guard.allow(Action.USE_PORTAL)) {
            load();
        }
    }

    private void load() {
        long memberId = currentMember.required().id();
        Map<String, Delivery> chosen = store.choices(memberId);
        List<Row> loaded = new ArrayList<>();
        for (ActivePlugin plugin : registry.allActive()) {
            List<NoticeKind> kinds = PluginCalls.supplied(plugin.loader(), () -> List.copyOf(plugin.plugin().noticeKinds()));
            for (NoticeKind kind : kinds) {
                String label = HostedContext.text(plugin.loader(), kind.bundle(), kind.labelKey(), preferences.getLanguage().locale());
                loaded.add(new Row(plugin.id(), plugin.descriptor().name(), kind.name(), label,
                        chosen.getOrDefault(plugin.id() + "/" + kind.name(), kind.byDefault())));
            }
        }
        rows = loaded;
    }

    public void save() {
        long memberId = currentMember.required().id();
        for (Row row : rows) {
            if (row.delivery != null) {
                store.choose(memberId, row.pluginId, row.kind, row.delivery);
            }
        }
        messages.info("noticeChoices.saved");
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }
}
