package org.icpo.notices.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.icpo.names.WarmUp;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * Loads name matching (ICU's transliterators, the common forms) on a thread of its own as the service starts, so
 * that the first member search or filing after a start does not pay for it. The service is ready meanwhile: a
 * search that comes first waits for the same loading, no longer.
 */
@ApplicationScoped
public class NameMatchingWarmUp {

    private static final Logger LOG = Logger.getLogger(NameMatchingWarmUp.class);

    void onStart(@Observes StartupEvent ev) {
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                Set<?> scripts = WarmUp.run();
                LOG.infof("name matching loaded in %d ms (%d scripts)", (System.nanoTime() - t0) / 1_000_000, scripts.size());
            } catch (RuntimeException e) {
                LOG.warn("name matching could not be loaded ahead; the first search loads it", e);
            }
        }, "name-matching-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
