package gov.buyamerican.portal.purchase.ui;

import gov.buyamerican.portal.shared.BusinessRuleException;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Runs purchase imports off the request thread, as the user who started them (the service checks the role). One at a
 * time: an import of a million rows keeps both CPUs of a small server busy (the parser and the database); a few more
 * wait in a queue, beyond that the user is asked to try later. Not an {@code Executor} bean on purpose.
 */
@Component
public class PurchaseImportRunner implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    PurchaseImportRunner() {
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(5);
        executor.setThreadNamePrefix("purchase-import-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        executor.initialize();
    }

    /** @throws BusinessRuleException when too many imports are waiting */
    public void run(Runnable task, SecurityContext context) {
        try {
            executor.execute(new DelegatingSecurityContextRunnable(task, context));
        } catch (RejectedExecutionException e) {
            throw new BusinessRuleException("Too many imports are waiting right now; try again in a few minutes.");
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
