package org.canon.graph.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.canon.graph.config.CanonProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may see the health details: a request to {@code /actuator/*} with HTTP Basic credentials matching
 * {@code canon.admin.user} and {@code canon.admin.password} is made that user's, which the health endpoint
 * ({@code management.endpoint.health.show-details=when-authorized}) takes as authorised. Everyone else sees the
 * status alone; with no password set, nobody sees the details.
 */
@Configuration(proxyBeanMethods = false)
class AdminPrincipal {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> adminPrincipalFilter(CanonProperties settings) {
        CanonProperties.Admin admin = settings.getAdmin();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(admin.authorises(request.getHeader("Authorization")) ? asAdmin(request, admin.getUser())
                        : request, response);
            }
        });
        registration.addUrlPatterns("/actuator/*");
        return registration;
    }

    private static HttpServletRequest asAdmin(HttpServletRequest request, String user) {
        Principal principal = () -> user;
        return new HttpServletRequestWrapper(request) {
            @Override public Principal getUserPrincipal() { return principal; }
            @Override public String getRemoteUser() { return user; }
            @Override public String getAuthType() { return HttpServletRequest.BASIC_AUTH; }
        };
    }
}
