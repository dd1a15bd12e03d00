package se.lofteskollen.platform.observability;

import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Axon's meters with a bounded capacity window ({@link BoundedAxonMeters}). Before Axon's own Micrometer
 * configuration, whose module steps aside when one is there.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
@ConditionalOnClass(GlobalMetricRegistry.class)
@ConditionalOnProperty(value = "axon.metrics.auto-configuration.enabled", matchIfMissing = true)
public class AxonMetersAutoConfiguration {

    @Bean
    MetricsConfigurerModule boundedAxonMeters(GlobalMetricRegistry axon) {
        return new BoundedAxonMeters(axon);
    }
}
