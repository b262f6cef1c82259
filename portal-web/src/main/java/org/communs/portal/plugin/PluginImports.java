package org.communs.portal.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.communs.portal.api.imports.ImportRow;
import org.communs.portal.api.imports.ImportTarget;
import org.communs.portal.api.imports.ImportTargetInfo;
import org.communs.portal.api.imports.Imports;
import org.communs.portal.api.imports.RowResult;
import org.communs.portal.i18n.Language;
import org.communs.portal.plugin.imports.ImportDesk;

/** {@link Imports} for one plugin: the import desk, with the targets of the plugins in service. */
final class PluginImports implements Imports {

    private final String pluginId;
    private final ImportDesk desk;
    private final Supplier<List<ActivePlugin>> plugins;
    private final Supplier<Language> language;

    PluginImports(String pluginId, ImportDesk desk, Supplier<List<ActivePlugin>> plugins, Supplier<Language> language) {
        this.pluginId = pluginId;
        this.desk = desk;
        this.plugins = plugins;
        this.language = language;
    }

    @Override
    public List<ImportTargetInfo> targets() {
        return desk.targets(located());
    }

    @Override
    public List<RowResult> send(String targetKey, List<ImportRow> rows, String matchField) {
        return desk.send(pluginId, located(), targetKey, rows, matchField);
    }

    /** Every plugin's targets, each with its loader and its bundle for labels. */
    private List<ImportDesk.Located> located() {
        List<ImportDesk.Located> located = new ArrayList<>();
        for (ActivePlugin plugin : plugins.get()) {
            List<ImportTarget> targets = PluginCalls.supplied(plugin.loader(), () -> List.copyOf(plugin.plugin().importTargets()));
            for (ImportTarget target : targets) {
                String bundle = PluginCalls.supplied(plugin.loader(), target::bundle);
                located.add(new ImportDesk.Located(plugin.id() + "/" + target.type(), target, plugin.loader(),
                        key -> HostedContext.text(plugin.loader(), bundle, key, language.get().locale())));
            }
        }
        return located;
    }
}
