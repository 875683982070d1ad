package com.careercompare.seo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationProfile.Pay;
import com.careercompare.occupation.data.Occupation;
import com.careercompare.web.Paths;
import com.careercompare.web.Site;

/**
 * schema.org {@code Occupation} data for search engines. The template serialises it
 * as JSON with Thymeleaf's JavaScript inlining, which escapes it for a script element.
 */
public final class OccupationJsonLd {

	private static final String CONTEXT = "https://schema.org";

	private OccupationJsonLd() {
	}

	/** One occupation, as the whole document. */
	public static Map<String, Object> of(OccupationProfile occupation, Site site) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.putAll(occupation(occupation, site));
		return document;
	}

	/** Several occupations in one document, for a comparison page. */
	public static Map<String, Object> of(List<OccupationProfile> occupations, Site site) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("@context", CONTEXT);
		document.put("@graph", occupations.stream().map((occupation) -> occupation(occupation, site)).toList());
		return document;
	}

	/** The schema.org context every document names. */
	public static String context() {
		return CONTEXT;
	}

	/** One occupation, as a node of a document's {@code @graph}. */
	public static Map<String, Object> node(OccupationProfile occupation, Site site) {
		return occupation(occupation, site);
	}

	private static Map<String, Object> occupation(OccupationProfile occupation, Site site) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", "Occupation");
		node.put("name", occupation.title());
		if (!occupation.alternateTitles().isEmpty()) {
			node.put("alternateName", occupation.alternateTitles());
		}
		node.put("description", occupation.description());
		node.put("url", site.url(Paths.occupation(occupation.slug())));
		node.put("occupationalCategory", occupation.category().name());
		// every figure on the source pages is for the United States
		Map<String, Object> country = new LinkedHashMap<>();
		country.put("@type", "Country");
		country.put("name", "United States");
		node.put("occupationLocation", country);
		node.put("estimatedSalary", salary(occupation.pay()));
		if (!occupation.skills().isEmpty()) {
			node.put("skills", String.join(", ", occupation.skills().stream().map(OccupationProfile.SkillItem::name).toList()));
		}
		if (!occupation.responsibilities().isEmpty()) {
			node.put("responsibilities", occupation.responsibilities());
		}
		return node;
	}

	/** The average yearly salary and its range; the pages give no median or percentiles. */
	private static Map<String, Object> salary(Pay pay) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("@type", "QuantitativeValue");
		value.put("value", pay.yearlySalary());
		if (pay.hasRange()) {
			value.put("minValue", pay.rangeLow());
			value.put("maxValue", pay.rangeHigh());
		}
		value.put("unitText", "YEAR");
		Map<String, Object> amount = new LinkedHashMap<>();
		amount.put("@type", "MonetaryAmount");
		amount.put("currency", "USD");
		amount.put("value", value);
		return amount;
	}

}
