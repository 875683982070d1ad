package com.careercompare.occupation;

import java.util.List;

import com.careercompare.database.DatabaseAvailability;
import com.careercompare.web.Freshness;
import com.careercompare.web.PageCacheFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The catalog's version is the version of the public pages: the page cache reads it
 * once per request, and controllers get that same reading as a {@link CatalogVersion}
 * parameter (or a fresh one where the cache does not apply).
 */
@Configuration(proxyBeanMethods = false)
class CatalogWebConfiguration implements WebMvcConfigurer {

	/**
	 * In front of Spring Security (and of Spring MVC's request context): a page served from
	 * memory needs neither, and takes the headers they gave it when it was rendered.
	 */
	private static final int PAGE_CACHE_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10;

	private final OccupationCatalog catalog;

	CatalogWebConfiguration(OccupationCatalog catalog) {
		this.catalog = catalog;
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(Freshness freshness, DatabaseAvailability availability,
			@Value("${career-compare.page-cache.enabled}") boolean keepPages,
			@Value("${career-compare.page-cache.max-size}") DataSize maxSize) {
		// while the database is out of reach, the last page kept beats none
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(
				this.catalog::version, freshness, keepPages ? maxSize : DataSize.ofBytes(0), availability::isDown));
		registration.setOrder(PAGE_CACHE_ORDER);
		return registration;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == CatalogVersion.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binderFactory) {
				Object read = request.getAttribute(PageCacheFilter.VERSION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
				return (read instanceof CatalogVersion version) ? version : CatalogWebConfiguration.this.catalog.version();
			}

		});
	}

}
