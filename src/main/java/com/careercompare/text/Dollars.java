package com.careercompare.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of US dollars as people type it: {@code 43251}, {@code 43,251}, {@code $43,251}, {@code $43,251.00}.
 * Bound by {@link FigureFormatters}; on an {@code Integer} field a fraction is refused.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Dollars {

}
