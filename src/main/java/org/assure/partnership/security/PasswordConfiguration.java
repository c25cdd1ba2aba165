package org.assure.partnership.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing (BCrypt, behind a delegating encoder so that hashes can be upgraded)
 * and method security (with {@link org.assure.shell.Allowed}'s templates), for the web
 * application and the command line alike.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class PasswordConfiguration {

	/**
	 * Lets {@link org.assure.shell.Allowed} fill its {@code @PreAuthorize} expression
	 * from its attributes.
	 * @return the template defaults
	 */
	@Bean
	static AnnotationTemplateExpressionDefaults templateDefaults() {
		return new AnnotationTemplateExpressionDefaults();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
