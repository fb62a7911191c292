package org.canon.graph.api;

import org.canon.graph.config.CanonProperties;
import org.canon.graph.config.CorsPolicy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.CorsFilter;

/** The REST API is readable cross-origin under the service's one CORS policy ({@link CorsPolicy}), as Fuseki is. */
@Configuration(proxyBeanMethods = false)
class CorsForReads {
    @Bean
    FilterRegistrationBean<CorsFilter> corsForReadsFilter(CanonProperties settings) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(CorsPolicy.filter(settings.getCors()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // before any error answer, which it then also marks
        return registration;
    }
}
