package com.careercompare.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controllers, which first compares the start of the
 * path with each mapping's literal start (up to its first variable or wildcard) before
 * testing the mapping's conditions. A path that is a pattern ({@code /compare/{pair}}, most
 * of the site's requests) is otherwise tested against every mapping of the site, each
 * asking the request its method, headers and path through the filters' wrappers: a
 * quarter of a fresh comparison page's CPU in a JFR profile. Which mapping matches does
 * not change: a mapping left out could not have matched.
 */
public class PrefixFirstHandlerMapping extends RequestMappingHandlerMapping {

	/** The literal starts of each mapping's patterns; none for a mapping without patterns. */
	private final Map<RequestMappingInfo, String[]> starts = new ConcurrentHashMap<>();

	/** The path being looked up on this thread, read once per request rather than once per mapping. */
	private final ThreadLocal<String> lookupPath = new ThreadLocal<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		this.lookupPath.set(lookupPath);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			this.lookupPath.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = this.lookupPath.get();
		if (path != null) {
			String[] starts = this.starts.computeIfAbsent(info, PrefixFirstHandlerMapping::literalStarts);
			if (starts.length > 0 && !startsWithAny(path, starts)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean startsWithAny(String path, String[] starts) {
		for (String start : starts) {
			if (path.startsWith(start)) {
				return true;
			}
		}
		return false;
	}

	/** Each pattern's text up to its first variable or wildcard. */
	private static String[] literalStarts(RequestMappingInfo info) {
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (patterns == null) {
			return new String[0];
		}
		return patterns.getPatterns().stream().map(PathPattern::getPatternString).map((pattern) -> {
			int end = pattern.length();
			for (char special : new char[] { '{', '*', '?' }) {
				int at = pattern.indexOf(special);
				end = (at >= 0) ? Math.min(end, at) : end;
			}
			return pattern.substring(0, end);
		}).toArray(String[]::new);
	}

}
