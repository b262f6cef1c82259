package org.communs.portal.plugin.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.communs.portal.api.imports.ImportField;
import org.communs.portal.api.imports.ImportRow;
import org.communs.portal.api.imports.ImportTarget;
import org.communs.portal.api.imports.ImportTargetInfo;
import org.communs.portal.api.imports.Imports;
import org.communs.portal.api.imports.RowOutcome;
import org.communs.portal.api.imports.RowResult;
import org.communs.portal.api.plugin.AccessDeniedException;
import org.communs.portal.audit.AuditEvent;
import org.communs.portal.audit.AuditLog;
import org.communs.portal.i18n.Language;
import org.communs.portal.i18n.Messages;
import org.communs.portal.member.GlobalRole;
import org.communs.portal.member.MemberSummary;
import org.communs.portal.member.Members;
import org.communs.portal.security.CurrentMember;
import org.communs.portal.security.RequestActor;
import org.communs.portal.ui.UserPreferences;

/**
 * The import desk: every import target in service — the portal's own (CDI beans implementing
 * {@link ImportTarget}, keyed {@code portal/<type>}) and each plugin's ({@code <id>/<type>}) —
 * and the one way rows reach them: checked and normalised field by field ({@link ImportChecks}),
 * then handed to the target in one transaction per batch ({@link ImportBatch}), audited.
 */
@ApplicationScoped
public class ImportDesk {

    private static final Logger LOG = Logger.getLogger(ImportDesk.class.getName());
    public static final String PORTAL = "portal";

    @Inject
    @Any
    Instance<ImportTarget> portalTargets;

    @Inject
    ImportBatch batches;

    @Inject
    Members members;

    @Inject
    CurrentMember currentMember;

    @Inject
    UserPreferences preferences;

    @Inject
    AuditLog audit;

    @Inject
    RequestActor requestActor;

    /** A target with the loader its code runs with and the way its labels are read. */
    public record Located(String key, ImportTarget target, ClassLoader loader, Function<String, String> label) {
    }

    /** @param plugins the plugins' targets in service (the host's), keyed {@code <id>/<type>} */
    public List<ImportTargetInfo> targets(List<Located> plugins) {
        List<ImportTargetInfo> infos = new ArrayList<>();
        for (Located located : all(plugins)) {
            List<ImportField> fields = within(located, located.target()::fields);
            infos.add(new ImportTargetInfo(located.key(), located.label().apply(located.target().labelKey()), fields,
                    fields.stream().map(field -> located.label().apply(field.labelKey())).toList()));
        }
        return infos;
    }

    /**
     * @param caller the plugin that sends (for the audit log)
     * @see Imports#send
     */
    public List<RowResult> send(String caller, List<Located> plugins, String targetKey, List<ImportRow> rows, String matchField) {
        requireAdminOrBackground();
        if (rows.size() > Imports.MAX_BATCH) {
            throw new IllegalArgumentException("At most " + Imports.MAX_BATCH + " rows a batch: " + rows.size());
        }
        Located located = all(plugins).stream().filter(target -> target.key().equals(targetKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No import target " + targetKey + " in service"));
        List<ImportField> fields = within(located, located.target()::fields);
        if (matchField != null && fields.stream().noneMatch(field -> field.name().equals(matchField) && field.matchKey())) {
            throw new IllegalArgumentException(matchField + " is not a match key of " + targetKey);
        }
        Language language = language();
        ImportChecks checks = new ImportChecks(fields, language, this::memberId);
        Map<Integer, RowResult> results = new HashMap<>();
        List<ImportRow> passed = new ArrayList<>();
        for (ImportRow row : rows) {
            ImportChecks.Checked checked = checks.check(row);
            if (checked.passed()) {
                passed.add(checked.row());
            } else {
                results.put(row.line(), RowResult.rejected(row.line(), checked.field(), checked.reason()));
            }
        }
        if (!passed.isEmpty()) {
            results.putAll(delivered(located, passed, matchField, language));
        }
        List<RowResult> ordered = rows.stream().map(row -> results.get(row.line())).toList();
        auditBatch(caller, targetKey, ordered);
        return ordered;
    }

    private Map<Integer, RowResult> delivered(Located located, List<ImportRow> rows, String matchField, Language language) {
        Map<Integer, RowResult> results = new HashMap<>();
        try {
            List<RowResult> answered = batches.run(() -> within(located, () -> located.target().receive(rows, matchField)));
            answered.forEach(result -> results.put(result.line(), result));
        } catch (RuntimeException | LinkageError failed) {
            LOG.log(Level.WARNING, "An import batch into " + located.key() + " failed and was undone", failed);
            Throwable root = failed;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = Messages.text(language, "import.error.batch", root.getMessage() == null ? root.getClass().getSimpleName()
                    : root.getMessage());
            rows.forEach(row -> results.put(row.line(), RowResult.rejected(row.line(), null, reason)));
            return results;
        }
        String silent = Messages.text(language, "import.error.batch", "no verdict for this row");
        rows.forEach(row -> results.putIfAbsent(row.line(), RowResult.rejected(row.line(), null, silent)));
        return results;
    }

    private void auditBatch(String caller, String targetKey, List<RowResult> results) {
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        results.forEach(result -> counts.merge(result.outcome(), 1, Integer::sum));
        Map<String, String> details = new HashMap<>();
        details.put("plugin", caller);
        counts.forEach((outcome, count) -> details.put(outcome.name().toLowerCase(java.util.Locale.ROOT), String.valueOf(count)));
        audit.record(requestActor.current(), AuditEvent.on("import.batch", "import-target", targetKey, details));
    }

    private List<Located> all(List<Located> plugins) {
        List<Located> all = new ArrayList<>();
        Language language = language();
        for (ImportTarget target : portalTargets) {
            all.add(new Located(PORTAL + "/" + target.type(), target, ImportDesk.class.getClassLoader(),
                    key -> Messages.text(language, key)));
        }
        all.addAll(plugins);
        return all;
    }

    /** A member named by id or e-mail in a row. */
    private Optional<Long> memberId(String typed) {
        Optional<MemberSummary> member = typed.matches("\\d{1,18}") ? members.find(Long.parseLong(typed))
                : members.findByEmail(typed);
        return member.map(MemberSummary::id);
    }

    private void requireAdminOrBackground() {
        Optional<MemberSummary> member;
        try {
            member = currentMember.member();
        } catch (ContextNotActiveException outsideARequest) {
            return; // a plugin's background job: the import an admin started goes on
        }
        if (member.isEmpty() || !member.get().active() || !member.get().has(GlobalRole.ADMIN)) {
            throw new AccessDeniedException("Only admins import");
        }
    }

    private Language language() {
        try {
            return preferences.getLanguage();
        } catch (ContextNotActiveException outsideARequest) {
            return Language.DEFAULT;
        }
    }

    private static <T> T within(Located located, java.util.function.Supplier<T> call) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(located.loader());
            return call.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
