package com.careercompare.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A percentage as people type it: {@code 51}, {@code 51%}, {@code -8 %}, {@code 40.4%}.
 * Bound by {@link FigureFormatters}; on an {@code Integer} field a fraction is refused.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Percent {

}
