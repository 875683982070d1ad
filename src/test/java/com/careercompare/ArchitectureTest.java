package com.careercompare;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The shape the code keeps: features in their own packages, small public surfaces, no cycles. */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.careercompare");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("com.careercompare.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void sharedPackagesDependOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage("com.careercompare.text..", "com.careercompare.chart..", "com.careercompare.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.careercompare.occupation..", "com.careercompare.comparison..",
					"com.careercompare.home..", "com.careercompare.search..", "com.careercompare.seo..",
					"com.careercompare.admin..", "com.careercompare.config..")
			.check(CLASSES);
	}

	@Test
	void occupationsKnowNothingOfThePagesBuiltOnThem() {
		noClasses().that()
			.resideInAPackage("com.careercompare.occupation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.careercompare.comparison..", "com.careercompare.home..",
					"com.careercompare.search..", "com.careercompare.seo..", "com.careercompare.admin..")
			.check(CLASSES);
	}

	@Test
	void thePublicSiteKnowsNothingOfTheAdminArea() {
		noClasses().that()
			.resideInAnyPackage("com.careercompare.comparison..", "com.careercompare.home..",
					"com.careercompare.search..", "com.careercompare.seo..", "com.careercompare.occupation..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.careercompare.admin..")
			.check(CLASSES);
	}

	@Test
	void entitiesRepositoriesAndControllersStayInsideTheirFeature() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.or()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
	}

}
