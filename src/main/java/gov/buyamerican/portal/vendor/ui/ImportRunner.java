package gov.buyamerican.portal.vendor.ui;

import gov.buyamerican.portal.shared.BusinessRuleException;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Runs vendor imports off the request thread, so that the browser sees progress while a large file is checked and
 * saved, as the user who started them (the service checks their role). Two imports at a time at most (each is one
 * database transaction over many rows); a few more wait in a queue, and beyond that the user is asked to try later.
 * Deliberately not an {@code Executor} bean, so that it never stands in for Spring Boot's application task executor.
 */
@Component
public class ImportRunner implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ImportRunner() {
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10);
        executor.setThreadNamePrefix("vendor-import-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        executor.initialize();
    }

    /**
     * Runs the task on an import thread with the given security context.
     *
     * @throws BusinessRuleException when too many imports are waiting
     */
    public void run(Runnable task, SecurityContext context) {
        try {
            executor.execute(new DelegatingSecurityContextRunnable(task, context));
        } catch (RejectedExecutionException e) {
            throw new BusinessRuleException("Too many imports are running right now; try again in a minute.");
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
