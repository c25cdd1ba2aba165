package org.assure.shell;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of Assure's API ({@code /api/v1/openapi}): what partners' own
 * tools may call, with an agency's API token as a bearer token or a signed-in session.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI assureOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Assure API")
				.version("v1")
				.description("Indicators, their judgement, and agency returns of a safeguarding children partnership. "
						+ "Call with an agency's API token (Authorization: Bearer assure_...) or a signed-in session; "
						+ "each call answers only what the caller may see."))
			.components(new Components().addSecuritySchemes("agencyToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An agency's API token, issued on the agency's page")))
			.addSecurityItem(new SecurityRequirement().addList("agencyToken"));
	}

}
