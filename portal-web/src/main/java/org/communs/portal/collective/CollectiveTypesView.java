package org.communs.portal.collective;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.communs.portal.error.PortalException;
import org.communs.portal.security.Action;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.PageGuard;
import org.communs.portal.ui.FacesMessages;

/** Admin → collective types: the editable list of kinds of collectives, in both languages. */
@Named("collectiveTypes")
@ViewScoped
public class CollectiveTypesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Collectives collectives;

    @Inject
    CurrentMember currentMember;

    @Inject
    transient PageGuard guard;

    @Inject
    transient FacesMessages messages;

    private List<Row> rows;
    private String newFrench;
    private String newEnglish;

    public void open() {
        if (guard.allow(Action.MANAGE_COLLECTIVES)) {
            load();
        }
    }

    private void load() {
        rows = new ArrayList<>();
        collectives.types(true).forEach(t -> rows.add(new Row(t.getId(), t.getLabelFr(), t.getLabelEn(), t.isArchived())));
    }

    public void save(Row row) {
        try {
            collectives.changeType(currentMember.required(), row.id, row.french, row.english, row.archived);
            messages.info("collectiveType.saved");
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        load();
    }

    public void add() {
        try {
            collectives.addType(currentMember.required(), newFrench, newEnglish);
            messages.info("collectiveType.saved");
            newFrench = null;
            newEnglish = null;
        } catch (PortalException refused) {
            messages.refused(refused);
        }
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNewFrench() {
        return newFrench;
    }

    public void setNewFrench(String newFrench) {
        this.newFrench = newFrench;
    }

    public String getNewEnglish() {
        return newEnglish;
    }

    public void setNewEnglish(String newEnglish) {
        this.newEnglish = newEnglish;
    }

    /** One editable line. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long id;
        private String french;
        private String english;
        private boolean archived;

        Row(long id, String french, String english, boolean archived) {
            this.id = id;
            this.french = french;
            this.english = english;
            this.archived = archived;
        }

        public long getId() {
            return id;
        }

        public String getFrench() {
            return french;
        }

        public void setFrench(String french) {
            this.french = french;
        }

        public String getEnglish() {
            return english;
        }

        public void setEnglish(String english) {
            this.english = english;
        }

        public boolean isArchived() {
            return archived;
        }

        public void setArchived(boolean archived) {
            this.archived = archived;
        }
    }
}
