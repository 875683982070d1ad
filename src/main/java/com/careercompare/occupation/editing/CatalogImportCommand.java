package com.careercompare.occupation.editing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careercompare.occupation.OccupationStore.ImportOutcome;
import com.careercompare.occupation.editing.CatalogImport.Applied;
import com.careercompare.occupation.editing.CatalogImport.Preview;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The import for operators and scripts: {@code java -jar career-compare.jar --import=catalog.zip}
 * (add {@code --remove-absent} to delete the occupations the file does not have) checks the
 * file as the admin page does, then imports all of it in one transaction and exits with 0;
 * or prints each problem, changes nothing and exits with 1. The site does not start its web
 * server for it.
 */
@Component
@ConditionalOnProperty(CatalogImportCommand.COMMAND)
class CatalogImportCommand implements ApplicationRunner, ExitCodeGenerator {

	/**
	 * Set by {@code CareerCompareApplication.main} when it is given {@code --import=}, so that
	 * an {@code import} property from elsewhere (an environment variable) runs nothing.
	 */
	static final String COMMAND = "career-compare.import.command";

	static final String OPTION = "import";

	static final String REMOVE_ABSENT = "remove-absent";

	private final CatalogImport catalogImport;

	private final PrintStream out = System.out;

	private final PrintStream err = System.err;

	private int exitCode;

	CatalogImportCommand(CatalogImport catalogImport) {
		this.catalogImport = catalogImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		String value = args.getOptionValues(OPTION).get(0);
		Path file = Path.of(value);
		if (!Files.isRegularFile(file)) {
			this.err.println("No file " + file.toAbsolutePath() + " to import.");
			this.exitCode = 2;
			return;
		}
		boolean removeAbsent = args.containsOption(REMOVE_ABSENT);
		String name = file.getFileName().toString();
		String by = "command line (" + System.getProperty("user.name") + ")";
		Preview checked = this.catalogImport.check(file, name, CatalogImport.Progress.NONE);
		Applied applied = checked.isImportable() ? this.catalogImport.apply(file, name, removeAbsent,
				checked.catalogVersion(), by, CatalogImport.Progress.NONE) : new Applied(null, checked);
		if (applied.isDone()) {
			ImportOutcome outcome = applied.outcome();
			this.out.println("Imported " + name + ": " + outcome.added() + " added, " + outcome.changed() + " changed, "
					+ outcome.unchanged() + " left as they were, " + outcome.removed() + " removed.");
			this.exitCode = 0;
			return;
		}
		Preview preview = applied.preview();
		if (preview.isImportable()) {
			this.err.println("The catalog changed while " + name + " was imported. Nothing was changed: run it again.");
		}
		else {
			preview.problems().forEach(this.err::println);
			this.err.println(name + ": " + preview.problemCount() + ((preview.problemCount() == 1) ? " problem" : " problems")
					+ ((preview.problemCount() > preview.problems().size())
							? " (the first " + preview.problems().size() + " above)" : "")
					+ ". Nothing was changed.");
		}
		this.exitCode = 1;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
