package org.assure.shell.internal;

import org.webjars.WebJarVersionLocator;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the GOV.UK Frontend assets at the path its stylesheet expects, and installs the
 * deny-by-default guard on every controller.
 */
@Configuration(proxyBeanMethods = false)
class ShellWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// govuk-frontend.min.css refers to its fonts and images under /assets/.
		String version = new WebJarVersionLocator().version("govuk-frontend");
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(
					"classpath:/META-INF/resources/webjars/govuk-frontend/" + version + "/dist/govuk/assets/");
	}

	/**
	 * Boot installs the resource URL encoding filter whenever the WebJars locator is on
	 * the class path. It would rewrite links to versioned resource URLs, which Assure
	 * does not use (no version strategy is enabled), and it looks every link of a page up
	 * on the class path to find out: fifty classpath lookups for a dashboard. Registered
	 * here, disabled, so that Boot does not install its own.
	 * @return the disabled registration
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AuthorisationRequiredInterceptor());
	}

}
