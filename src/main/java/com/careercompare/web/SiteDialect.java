package com.careercompare.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Makes the {@link Site} available to every template as {@code #site}, error pages
 * included, whatever controller (or none) rendered them.
 */
@Component
class SiteDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "site";

	private final IExpressionObjectFactory factory;

	SiteDialect(Site site) {
		super("Career Compare site");
		this.factory = new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? site : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return this.factory;
	}

}
