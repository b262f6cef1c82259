package org.communs.portal.plugin.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
import org.communs.portal.api.imports.RowResult;

/**
 * One batch, one transaction of its own: what the target writes through the portal's data
 * source (a plugin's JDBC, the portal's services) joins it, and an exception undoes it all.
 */
@ApplicationScoped
public class ImportBatch {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<RowResult> run(Supplier<List<RowResult>> batch) {
        return batch.get();
    }
}
