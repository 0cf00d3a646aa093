package org.icpo.notices.lifecycle;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Runs the lifecycle every {@code icpo.notices.lifecycle.every} ("off" disables it). */
@ApplicationScoped
public class LifecycleJob {

    private static final Logger LOG = Logger.getLogger(LifecycleJob.class);

    @Inject
    LifecycleService lifecycle;

    @Scheduled(identity = "notices-lifecycle", every = "${icpo.notices.lifecycle.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void run() {
        LifecycleService.RunResult result = lifecycle.run();
        if (!result.markedForRenewal().isEmpty() || !result.expired().isEmpty()) {
            LOG.infof("lifecycle: %d notice(s) marked for renewal, %d expired", result.markedForRenewal().size(), result.expired().size());
        }
    }
}
