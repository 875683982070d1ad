package com.careercompare;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules, one per package under {@code com.careercompare}: none reaches
 * into another's internals (its sub-packages, such as {@code occupation.data} and
 * {@code occupation.editing}), and their dependencies have no cycles. The diagrams of the
 * modules are written to {@code target/spring-modulith-docs}.
 */
class ModulesTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(CareerCompareApplication.class);

	@Test
	void modulesUseOnlyEachOthersPublicPackages() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
