package org.communs.portal.collective;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communs.portal.api.imports.FieldType;
import org.communs.portal.api.imports.ImportField;
import org.communs.portal.api.imports.ImportRow;
import org.communs.portal.api.imports.ImportTarget;
import org.communs.portal.api.imports.RowOutcome;
import org.communs.portal.api.imports.RowResult;
import org.communs.portal.error.PortalException;
import org.communs.portal.i18n.Messages;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.ui.UserPreferences;

/**
 * Collectives from imports ({@code portal/collective}): name, type (one of the live types, by its
 * French or English label), summary, description (sanitised like the form's) and join policy;
 * matched by name, so a re-run updates or leaves unchanged. Written through {@link Collectives}
 * as the importing admin, so audit, search and events follow.
 */
@ApplicationScoped
public class CollectiveImportTarget implements ImportTarget {

    @Inject
    Collectives collectives;

    @Inject
    CurrentMember currentMember;

    @Inject
    UserPreferences preferences;

    @Override
    public String type() {
        return "collective";
    }

    @Override
    public String bundle() {
        return Messages.BUNDLE;
    }

    @Override
    public String labelKey() {
        return "import.collective";
    }

    @Override
    public List<ImportField> fields() {
        List<String> types = new ArrayList<>();
        collectives.types(false).forEach(type -> {
            types.add(type.getLabelFr());
            if (!type.getLabelEn().equalsIgnoreCase(type.getLabelFr())) {
                types.add(type.getLabelEn());
            }
        });
        return List.of(
                new ImportField("name", FieldType.TEXT, true, CollectiveDraft.MAX_NAME, List.of(), true, Messages.BUNDLE, "import.collective.name"),
                new ImportField("type", FieldType.CHOICE, true, 0, types, false, Messages.BUNDLE, "import.collective.type"),
                new ImportField("summary", FieldType.TEXT, false, CollectiveDraft.MAX_SUMMARY, List.of(), false, Messages.BUNDLE,
                        "import.collective.summary"),
                new ImportField("description", FieldType.LONG_TEXT, false, 0, List.of(), false, Messages.BUNDLE,
                        "import.collective.description"),
                new ImportField("join_policy", FieldType.CHOICE, false, 0, List.of("OPEN", "APPROVAL"), false, Messages.BUNDLE,
                        "import.collective.joinPolicy"));
    }

    @Override
    public List<RowResult> receive(List<ImportRow> rows, String matchField) {
        Optional<MemberSummary> admin = importingAdmin();
        List<RowResult> results = new ArrayList<>();
        for (ImportRow row : rows) {
            if (admin.isEmpty()) {
                results.add(RowResult.rejected(row.line(), null, Messages.text(language(), "import.error.noAdmin")));
                continue;
            }
            results.add(receive(admin.get(), row, matchField != null));
        }
        return results;
    }

    private RowResult receive(MemberSummary admin, ImportRow row, boolean match) {
        CollectiveDraft draft;
        try {
            // Checked here, outside the service: a refusal inside it would undo the whole batch.
            draft = new CollectiveDraft(row.value("name"), typeId(row.value("type")), row.value("summary"),
                    row.value("description"), row.value("join_policy") == null ? JoinPolicy.OPEN
                    : JoinPolicy.valueOf(row.value("join_policy")), List.of()).checked();
        } catch (PortalException refused) {
            return RowResult.rejected(row.line(), null, Messages.text(language(), refused.messageKey(), refused.arguments()));
        }
        Optional<CollectiveSummary> existing = match ? collectives.byName(admin, draft.name()) : Optional.empty();
        if (existing.isEmpty()) {
            if (!match && collectives.byName(admin, draft.name()).isPresent()) {
                return RowResult.rejected(row.line(), "name", Messages.text(language(),
                        "collective.error.nameTaken", draft.name()));
            }
            return RowResult.done(row.line(), RowOutcome.CREATED, String.valueOf(collectives.create(admin, draft).id()));
        }
        CollectiveSummary current = existing.get();
        CollectiveDraft kept = new CollectiveDraft(draft.name(), draft.typeId(), draft.summary(), draft.descriptionHtml(),
                draft.joinPolicy(), current.links());
        if (current.name().equals(kept.name()) && current.typeId() == kept.typeId() && Objects.equals(current.summary(), kept.summary())
                && Objects.equals(current.descriptionHtml(), kept.descriptionHtml()) && current.joinPolicy() == kept.joinPolicy()) {
            return RowResult.done(row.line(), RowOutcome.UNCHANGED, String.valueOf(current.id()));
        }
        collectives.update(admin, current.id(), kept);
        return RowResult.done(row.line(), RowOutcome.UPDATED, String.valueOf(current.id()));
    }

    private long typeId(String label) {
        return collectives.types(false).stream()
                .filter(type -> type.getLabelFr().equalsIgnoreCase(label) || type.getLabelEn().equalsIgnoreCase(label))
                .findFirst().map(CollectiveType::getId).orElse(-1L);
    }

    private org.communs.portal.i18n.Language language() {
        try {
            return preferences.getLanguage();
        } catch (ContextNotActiveException outsideARequest) {
            return org.communs.portal.i18n.Language.DEFAULT;
        }
    }

    private Optional<MemberSummary> importingAdmin() {
        try {
            return currentMember.member().filter(MemberSummary::active);
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }
}
