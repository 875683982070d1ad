package com.careercompare.web;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Leaving out mappings whose literal start the path lacks finds the same handler as testing them all. */
class PrefixFirstHandlerMappingTest {

	@Controller
	static class Pages {

		@GetMapping("/compare/{pair}")
		void comparison(@PathVariable String pair) {
		}

		@GetMapping("/compare/add")
		void add() {
		}

		@GetMapping("/compare/{pair}.csv")
		void csv(@PathVariable String pair) {
		}

		@GetMapping("/occupations/{slug}")
		void occupation(@PathVariable String slug) {
		}

		@PostMapping("/occupations/{slug}")
		void save(@PathVariable String slug) {
		}

		@GetMapping("/**/legacy")
		void legacy() {
		}

	}

	private final PrefixFirstHandlerMapping mapping = mapping();

	@Test
	void eachPathFindsTheHandlerItsPatternsName() throws Exception {
		assertThat(handler("GET", "/compare/collector-vs-clerk")).isEqualTo("comparison");
		assertThat(handler("GET", "/compare/add")).isEqualTo("add");
		assertThat(handler("GET", "/compare/collector-vs-clerk.csv")).isEqualTo("csv");
		assertThat(handler("GET", "/occupations/collector")).isEqualTo("occupation");
		assertThat(handler("POST", "/occupations/collector")).isEqualTo("save");
		assertThat(handler("GET", "/old/pages/legacy")).isEqualTo("legacy");
		assertThat(handler("GET", "/comparisons/collector")).isNull();
		assertThat(handler("GET", "/Compare/collector-vs-clerk")).isNull();
	}

	private String handler(String method, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		HandlerExecutionChain chain = this.mapping.getHandler(request);
		if (chain == null) {
			return null;
		}
		Method handler = ((HandlerMethod) chain.getHandler()).getMethod();
		return handler.getName();
	}

	private static PrefixFirstHandlerMapping mapping() {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.registerSingleton("pages", Pages.class);
		context.refresh();
		PrefixFirstHandlerMapping mapping = new PrefixFirstHandlerMapping();
		mapping.setApplicationContext(context);
		mapping.afterPropertiesSet();
		return mapping;
	}

}
