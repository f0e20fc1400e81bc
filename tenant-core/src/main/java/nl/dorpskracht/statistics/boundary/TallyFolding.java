package nl.dorpskracht.statistics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.dorpskracht.statistics.control.TallyQueries;

/** Compacts the tallies' change rows, in a transaction of its own; no tenant: the database function runs as owner. */
@ApplicationScoped
@Transactional
public class TallyFolding {

    @Inject
    TallyQueries tallies;

    public long fold() {
        return tallies.fold();
    }
}
