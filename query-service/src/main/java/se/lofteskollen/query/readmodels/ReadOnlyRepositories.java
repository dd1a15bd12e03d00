package se.lofteskollen.query.readmodels;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The Spring Data repositories of the read models only read them: the processors write the read models through
 * {@link RowBatch}, in transactions of their own. So a repository's call is not wrapped in a read-only transaction
 * of its own, as Spring Data does by default: in autocommit mode its query is one round trip to PostgreSQL, where the
 * transaction added a second (its COMMIT) to every read. A caller whose reads must see one snapshot opens a
 * transaction, and the repositories join it.
 */
@Configuration
@EnableJpaRepositories(basePackages = "se.lofteskollen.query", enableDefaultTransactions = false)
class ReadOnlyRepositories {
}
