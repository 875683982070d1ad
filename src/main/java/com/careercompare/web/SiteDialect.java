package com.careercompare.web;

import java.util.Set;

import com.careercompare.text.Dates;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Makes the {@link Site} available to every template as {@code #site}, and how moments are
 * written ({@link Dates}) as {@code #when}, error pages included, whatever controller (or
 * none) rendered them.
 */
@Component
class SiteDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "site";

	private static final String DATES = "when";

	private final IExpressionObjectFactory factory;

	SiteDialect(Site site) {
		super("Career Compare site");
		Dates dates = new Dates();
		this.factory = new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME, DATES);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return switch (expressionObjectName) {
					case NAME -> site;
					case DATES -> dates;
					default -> null;
				};
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
