package org.canon.graph.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The REST API is readable from any origin (CORS), for reads only: it has no write operation. */
@Configuration(proxyBeanMethods = false)
class CorsForReads implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**").allowedOrigins("*").allowedMethods("GET", "HEAD");
    }
}
