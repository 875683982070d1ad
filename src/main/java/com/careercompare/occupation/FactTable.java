package com.careercompare.occupation;

import java.util.List;

import static com.careercompare.occupation.Fact.AVERAGE_AGE;
import static com.careercompare.occupation.Fact.AVERAGE_SALARY;
import static com.careercompare.occupation.Fact.BEST_PAYING_COMPANY;
import static com.careercompare.occupation.Fact.BEST_PAYING_INDUSTRY;
import static com.careercompare.occupation.Fact.GENDER_RATIO;
import static com.careercompare.occupation.Fact.GROWTH_RATE;
import static com.careercompare.occupation.Fact.HIGHEST_PAYING_CITY;
import static com.careercompare.occupation.Fact.HIGHEST_PAYING_STATE;
import static com.careercompare.occupation.Fact.HOURLY_RATE;
import static com.careercompare.occupation.Fact.JOB_SATISFACTION;
import static com.careercompare.occupation.Fact.LGBT_PERCENTAGE;
import static com.careercompare.occupation.Fact.MOST_COMMON_COLLEGE;
import static com.careercompare.occupation.Fact.MOST_COMMON_DEGREE;
import static com.careercompare.occupation.Fact.MOST_COMMON_MAJOR;
import static com.careercompare.occupation.Fact.NUMBER_OF_JOBS;
import static com.careercompare.occupation.Fact.RACE_RATIO;
import static com.careercompare.occupation.Fact.SALARY_RANGE;
import static com.careercompare.occupation.Fact.YEARLY_SALARY;
import static com.careercompare.occupation.Fact.YEARS_OF_EXPERIENCE;

/** The tables of a comparison, with the rows the source pages give them, in their order. */
public enum FactTable {

	OVERVIEW(YEARLY_SALARY, HOURLY_RATE, GROWTH_RATE, NUMBER_OF_JOBS, JOB_SATISFACTION, MOST_COMMON_DEGREE, AVERAGE_AGE,
			YEARS_OF_EXPERIENCE),

	SALARY(AVERAGE_SALARY, SALARY_RANGE, HIGHEST_PAYING_CITY, HIGHEST_PAYING_STATE, BEST_PAYING_COMPANY,
			BEST_PAYING_INDUSTRY),

	EDUCATION(MOST_COMMON_DEGREE, MOST_COMMON_MAJOR, MOST_COMMON_COLLEGE),

	DEMOGRAPHICS(AVERAGE_AGE, GENDER_RATIO, RACE_RATIO, LGBT_PERCENTAGE);

	private final List<Fact> facts;

	FactTable(Fact... facts) {
		this.facts = List.of(facts);
	}

	public List<Fact> facts() {
		return this.facts;
	}

}
