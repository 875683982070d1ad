import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Adds synthetic occupations to an exported catalog.zip, as an admin adding rows in a
 * spreadsheet would: every fact filled in, 6 skills, 5 responsibilities, 3 alternate
 * titles and all demographic shares each, in 24 categories, all passing the form's rules.
 * The export's own rows are kept, so importing the result adds exactly N occupations.
 *
 * <pre>java src/test/bench/SyntheticCatalog.java catalog.zip 10000 catalog-10000.zip</pre>
 */
public class SyntheticCatalog {

	private static final String[] LEVELS = { "Junior", "Senior", "Lead", "Principal", "Assistant", "Associate", "Chief",
			"Staff", "Trainee", "Regional" };

	private static final String[] FIELDS = { "Claims", "Payroll", "Billing", "Data", "Credit", "Audit", "Tax", "Loan",
			"Benefits", "Records", "Inventory", "Logistics", "Compliance", "Treasury", "Pricing", "Procurement", "Sales",
			"Support", "Quality", "Research" };

	private static final String[] ROLES = { "Analyst", "Clerk", "Specialist", "Coordinator", "Manager", "Officer",
			"Technician", "Consultant", "Administrator", "Supervisor" };

	private static final String[] SKILLS = { "Customer Service", "Data Entry", "Excel", "Accounting", "Scheduling",
			"Negotiation", "Reporting", "Compliance", "Forecasting", "SQL", "Payroll", "Auditing", "Invoicing",
			"Budgeting", "Sales", "Communication", "Logistics", "Research", "Quality Control", "Training", "CRM",
			"Bookkeeping", "Analysis", "Collections", "Project Management", "Leadership", "Writing", "Tax Preparation",
			"Risk Assessment", "Procurement" };

	private static final String[] RACES = { "White", "Hispanic or Latino", "Black or African American", "Asian",
			"Unknown", "American Indian and Alaska Native" };

	private static final String[][] CITIES = { { "Hartford, CT", "Connecticut" }, { "Boston, MA", "Massachusetts" },
			{ "Austin, TX", "Texas" }, { "Denver, CO", "Colorado" }, { "Seattle, WA", "Washington" },
			{ "Chicago, IL", "Illinois" } };

	public static void main(String[] args) throws IOException {
		Path export = Path.of(args[0]);
		int count = Integer.parseInt(args[1]);
		Path out = Path.of(args[2]);
		Map<String, StringBuilder> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(export))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new StringBuilder(new String(readAll(zip), StandardCharsets.UTF_8)));
			}
		}
		Random random = new Random(count);
		for (int i = 1; i <= count; i++) {
			String title = LEVELS[i % LEVELS.length] + " " + FIELDS[(i / LEVELS.length) % FIELDS.length] + " "
					+ ROLES[(i / (LEVELS.length * FIELDS.length)) % ROLES.length] + " " + i;
			String slug = title.toLowerCase().replace(' ', '-');
			int salary = 30_000 + random.nextInt(90_000);
			int low = salary - 5_000 - random.nextInt(10_000);
			int high = salary + 5_000 + random.nextInt(30_000);
			int monthsMin = 1 + random.nextInt(24);
			String[] city = CITIES[random.nextInt(CITIES.length)];
			row(files.get("occupations.csv"), slug, title, "Synthetic category " + (1 + i % 24),
					"A " + title.toLowerCase() + " handles the " + FIELDS[i % FIELDS.length].toLowerCase()
							+ " work of a company: checking records, answering questions and reporting to managers.",
					monthsMin, monthsMin + 1 + random.nextInt(24), 1 + random.nextInt(10), random.nextInt(30) - 10,
					1_000 + random.nextInt(200_000), (300 + random.nextInt(200)) / 100.0, salary, low, high, city[0],
					city[1], "Finance", "Company " + (i % 200), "", "Bachelor's Degree", 20 + random.nextInt(60),
					"Business", "State University " + (i % 50), 25 + random.nextInt(30), random.nextInt(15));
			int first = random.nextInt(SKILLS.length);
			for (int s = 0; s < 6; s++) {
				row(files.get("skills.csv"), slug, s + 1, SKILLS[(first + s * 7) % SKILLS.length], 30 - s * 4);
			}
			for (int r = 0; r < 5; r++) {
				row(files.get("responsibilities.csv"), slug, r + 1,
						"Responsibility " + (r + 1) + " of the " + title.toLowerCase() + ": keep the "
								+ FIELDS[(i + r) % FIELDS.length].toLowerCase() + " records right and on time.");
			}
			int male = 20 + random.nextInt(60);
			row(files.get("demographic_shares.csv"), slug, "Male", male + ".0");
			row(files.get("demographic_shares.csv"), slug, "Female", (100 - male) + ".0");
			int left = 1000;
			for (int r = 0; r < RACES.length; r++) {
				int share = (r == RACES.length - 1) ? left : random.nextInt(left / 2 + 1);
				left -= share;
				row(files.get("demographic_shares.csv"), slug, RACES[r], share / 10 + "." + share % 10);
			}
			for (int a = 0; a < 3; a++) {
				row(files.get("alternate_titles.csv"), slug, a + 1, title + " " + (char) ('A' + a));
			}
		}
		try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
			for (Map.Entry<String, StringBuilder> entry : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		System.out.println("Wrote " + out + ": the export's occupations and " + count + " more, "
				+ Files.size(out) / 1024 + " KB");
	}

	private static void row(StringBuilder csv, Object... cells) {
		List<String> quoted = new ArrayList<>();
		for (Object cell : cells) {
			String text = (cell instanceof Double d) ? String.format("%.2f", d) : String.valueOf(cell);
			quoted.add("\"" + text.replace("\"", "\"\"") + "\"");
		}
		csv.append(String.join(",", quoted)).append('\n');
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toByteArray();
	}

}
