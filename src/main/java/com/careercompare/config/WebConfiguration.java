package com.careercompare.config;

import java.time.Duration;

import com.careercompare.text.FigureFormatters;
import com.careercompare.web.AnyTagFilter;
import com.careercompare.web.CanonicalPathFilter;
import com.careercompare.web.InternalPathFilter;
import com.careercompare.web.PrefixFirstHandlerMapping;
import com.careercompare.web.ScriptSafeJson;
import com.careercompare.web.Site;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** The bytes of a response that Tomcat writes to the socket at once. */
	static final int SOCKET_WRITE_BUFFER = 32 * 1024;

	/**
	 * Fingerprinted assets ({@code /assets/site-<md5>.css}) are cached for a year. Their
	 * addresses are worked out once by {@link Site}, so no per-request resource lookups.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(Site.ASSETS_PATH + "**")
			.addResourceLocations("classpath:/static" + Site.ASSETS_PATH)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/** Form fields marked {@code @Percent} read figures as people type them. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		FigureFormatters.register(registry);
	}

	/**
	 * Error pages by status from {@code templates/error/}, as Spring Boot resolves them. Boot
	 * makes this resolver only when there is no other; the catalog import adds one of its own
	 * for uploads too large, which comes first.
	 */
	@Bean
	DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context, WebProperties web) {
		return new DefaultErrorViewResolver(context, web.getResources());
	}

	/** Requests are matched to controllers comparing the start of their path first ({@link PrefixFirstHandlerMapping}). */
	@Bean
	WebMvcRegistrations prefixFirstHandlerMapping() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PrefixFirstHandlerMapping();
			}

		};
	}

	/** JSON inlined into pages' script elements cannot end or disturb them, whatever the data says. */
	@Bean
	static BeanPostProcessor scriptSafeJson() {
		return ScriptSafeJson.installer();
	}

	/**
	 * Tomcat sends a response through a buffer per connection, one write to the socket per
	 * buffer-full; with its default of 8 KB a 28 KB comparison page takes four. With 32 KB,
	 * a page and its headers leave in one, and kept pages are served about 1.5 times as fast
	 * (README, Performance). It costs 24 KB more per open connection.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> socketWriteBuffer() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> connector
			.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_WRITE_BUFFER)));
	}

	@Bean
	FilterRegistrationBean<CanonicalPathFilter> canonicalPathFilter() {
		FilterRegistrationBean<CanonicalPathFilter> registration = new FilterRegistrationBean<>(
				new CanonicalPathFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/** Before the page cache, so that a kept page asked for with {@code If-None-Match: *} is a 304 too. */
	@Bean
	FilterRegistrationBean<AnyTagFilter> anyTagFilter() {
		FilterRegistrationBean<AnyTagFilter> registration = new FilterRegistrationBean<>(new AnyTagFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<InternalPathFilter> internalPathFilter() {
		FilterRegistrationBean<InternalPathFilter> registration = new FilterRegistrationBean<>(
				new InternalPathFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

}
