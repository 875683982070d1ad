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

/** The shape the code keeps: features in their own packages, small public surfaces, no cycles. */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.careercompare");

	@Test
	void sharedPackagesDependOnNoFeature() {
		noClasses().that()
			.resideInAnyPackage("com.careercompare.text..", "com.careercompare.chart..", "com.careercompare.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.careercompare.occupation..", "com.careercompare.comparison..",
					"com.careercompare.home..", "com.careercompare.search..", "com.careercompare.seo..",
					"com.careercompare.admin..", "com.careercompare.config..", "com.careercompare.browse..")
			.check(CLASSES);
	}

	@Test
	void occupationsKnowNothingOfThePagesBuiltOnThem() {
		noClasses().that()
			.resideInAPackage("com.careercompare.occupation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.careercompare.comparison..", "com.careercompare.home..",
					"com.careercompare.search..", "com.careercompare.seo..", "com.careercompare.admin..",
					"com.careercompare.browse..")
			.check(CLASSES);
	}

	@Test
	void thePublicSiteKnowsNothingOfTheAdminArea() {
		noClasses().that()
			.resideInAnyPackage("com.careercompare.comparison..", "com.careercompare.home..",
					"com.careercompare.search..", "com.careercompare.seo..", "com.careercompare.occupation..",
					"com.careercompare.browse..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.careercompare.admin..")
			.check(CLASSES);
	}

	@Test
	void theOccupationCoreKnowsNothingOfItsEditing() {
		noClasses().that()
			.resideInAnyPackage("com.careercompare.occupation", "com.careercompare.occupation.data")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.careercompare.occupation.editing..")
			.check(CLASSES);
	}

	@Test
	void controllersStayInsideTheirFeature() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

	/** Public only inside a module's own {@code data} package, which other modules cannot reach (see ModulesTest). */
	@Test
	void entitiesAndRepositoriesArePackagePrivateOrInTheirModulesDataPackage() {
		classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAssignableTo(Repository.class)
			.and()
			.haveModifier(JavaModifier.PUBLIC)
			.should()
			.resideInAPackage("com.careercompare.*.data")
			.check(CLASSES);
	}

	@Test
	void dependenciesAreInjectedThroughConstructors() {
		noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
	}

}
