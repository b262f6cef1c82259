package org.communs.portal.plugin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.ui.FacesMessages;

/**
 * "Modules du collectif" on a collective's edit page: the leads turn per-collective plugins on or
 * off for their space (view-scoped, as its buttons sit in a list that depends on the page's id).
 */
@Named("collectivePlugins")
@ViewScoped
public class CollectivePluginsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginHost host;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient FacesMessages messages;

    private Long collectiveId;
    private List<PluginHost.CollectivePlugin> plugins;

    /** The per-collective plugins in service for that collective (empty for those who may not manage it). */
    public List<PluginHost.CollectivePlugin> of(String collective) {
        Long id = collective == null || collective.isBlank() ? null : Long.valueOf(collective);
        if (id == null) {
            return List.of();
        }
        if (plugins == null || !id.equals(collectiveId)) {
            collectiveId = id;
            try {
                plugins = host.forCollective(currentMember.required(), id);
            } catch (PortalException refused) {
                plugins = List.of();
            }
        }
        return plugins;
    }

    public void toggle(String pluginId, boolean on) {
        try {
            host.setEnabledIn(currentMember.required(), pluginId, collectiveId, on);
            messages.info(on ? "plugins.collectiveOn" : "plugins.collectiveOff");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        plugins = null;
    }
}
