package com.crcloud.tenant.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEventListener;

/**
 * Registers a listener for every entity insert, update and delete, called as each is flushed, in the writing
 * transaction: the way derived data (summaries, search indexes) follows the entities whichever code writes them.
 */
public final class PostWriteEvents {

    private PostWriteEvents() {
    }

    public static <L extends PostInsertEventListener & PostUpdateEventListener & PostDeleteEventListener> void register(
            EntityManagerFactory entityManagerFactory, L listener) {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
    }
}
