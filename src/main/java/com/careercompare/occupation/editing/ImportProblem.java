package com.careercompare.occupation.editing;

/**
 * Something wrong in an imported file, where a person finds it in a spreadsheet: the file,
 * the line (1 for the header; 0 for the file as a whole), and the column by its letter and
 * name ({@code null} for the whole line).
 */
record ImportProblem(String file, int line, String column, String message) {

	/** Where the problem is, as the preview and the command line say it. */
	public String where() {
		StringBuilder where = new StringBuilder(this.file);
		if (this.line > 0) {
			where.append(", line ").append(this.line);
		}
		if (this.column != null) {
			where.append(", column ").append(this.column);
		}
		return where.toString();
	}

	@Override
	public String toString() {
		return where() + ": " + this.message;
	}

}
