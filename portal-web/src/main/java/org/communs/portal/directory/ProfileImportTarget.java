package org.communs.portal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.communs.portal.api.imports.FieldType;
import org.communs.portal.api.imports.ImportField;
import org.communs.portal.api.imports.ImportRow;
import org.communs.portal.api.imports.ImportTarget;
import org.communs.portal.api.imports.RowOutcome;
import org.communs.portal.api.imports.RowResult;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.ui.UserPreferences;

/**
 * Members' profiles from imports ({@code portal/profile}): the directory's fields of a member who
 * already has an account (accounts come from Keycloak), found by e-mail. Only the fields a row
 * gives are changed; each member's choices of who sees what are kept. Written through
 * {@link Profiles} as the importing admin, so the audit log and the search index follow.
 */
@ApplicationScoped
public class ProfileImportTarget implements ImportTarget {

    @Inject
    Profiles profiles;

    @Inject
    Members members;

    @Inject
    CurrentMember currentMember;

    @Inject
    UserPreferences preferences;

    /** A field of the row and where it goes in the draft. */
    private record Column(ImportField field, BiConsumer<ProfileDraft, String> into) {
    }

    private static final List<Column> COLUMNS = List.of(
            column("first_name", FieldType.TEXT, ProfileDraft.MAX_NAME, ProfileDraft::setFirstName),
            column("last_name", FieldType.TEXT, ProfileDraft.MAX_NAME, ProfileDraft::setLastName),
            column("job_title", FieldType.TEXT, ProfileDraft.MAX_JOB, ProfileDraft::setJobTitle),
            column("bio", FieldType.LONG_TEXT, ProfileDraft.MAX_BIO, ProfileDraft::setBio),
            column("skills", FieldType.TEXT, 0, ProfileDraft::setSkills),
            column("phones", FieldType.TEXT, 0, (draft, phones) -> draft.setPhones(phones.replace(';', '\n'))),
            column("links", FieldType.LONG_TEXT, 0, ProfileDraft::setLinks),
            column("town", FieldType.TEXT, ProfileDraft.MAX_TOWN, ProfileDraft::setTown),
            column("postcode", FieldType.TEXT, 10, ProfileDraft::setPostcode));

    private static Column column(String name, FieldType type, int maxLength, BiConsumer<ProfileDraft, String> into) {
        return new Column(new ImportField(name, type, false, maxLength, List.of(), false, Messages.BUNDLE, "import.profile." + name), into);
    }

    @Override
    public String type() {
        return "profile";
    }

    @Override
    public String bundle() {
        return Messages.BUNDLE;
    }

    @Override
    public String labelKey() {
        return "import.profile";
    }

    @Override
    public List<ImportField> fields() {
        List<ImportField> fields = new ArrayList<>();
        fields.add(new ImportField("email", FieldType.EMAIL, true, 255, List.of(), true, Messages.BUNDLE, "import.profile.email"));
        COLUMNS.forEach(column -> fields.add(column.field()));
        return fields;
    }

    @Override
    public List<RowResult> receive(List<ImportRow> rows, String matchField) {
        Optional<MemberSummary> admin = importingAdmin();
        List<RowResult> results = new ArrayList<>();
        for (ImportRow row : rows) {
            results.add(admin.map(editor -> receive(editor, row))
                    .orElseGet(() -> RowResult.rejected(row.line(), null, Messages.text(language(), "import.error.noAdmin"))));
        }
        return results;
    }

    private RowResult receive(MemberSummary admin, ImportRow row) {
        Optional<MemberSummary> member = members.findByEmail(row.value("email"));
        if (member.isEmpty()) {
            return RowResult.rejected(row.line(), "email", Messages.text(language(), "import.error.noAccount"));
        }
        long memberId = member.get().id();
        ProfileDraft before = profiles.draft(admin, memberId);
        ProfileDraft draft = profiles.draft(admin, memberId);
        for (Column column : COLUMNS) {
            String value = row.value(column.field().name());
            if (value != null) {
                column.into().accept(draft, value);
            }
        }
        // Checked here: a refusal inside the service would undo the whole batch.
        List<ProfileDraft.Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            ProfileDraft.Problem first = problems.getFirst();
            return RowResult.rejected(row.line(), null, Messages.text(language(), first.key(), first.arguments()));
        }
        if (before.sameContentAs(draft)) {
            return RowResult.done(row.line(), RowOutcome.UNCHANGED, String.valueOf(memberId));
        }
        profiles.save(admin, memberId, draft);
        return RowResult.done(row.line(), RowOutcome.UPDATED, String.valueOf(memberId));
    }

    private Language language() {
        try {
            return preferences.getLanguage();
        } catch (ContextNotActiveException outsideARequest) {
            return Language.DEFAULT;
        }
    }

    private Optional<MemberSummary> importingAdmin() {
        try {
            return currentMember.member().filter(MemberSummary::active).filter(member -> member.has(GlobalRole.ADMIN));
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }
}
