package com.careercompare.support;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * What a person can read on a page in the browser: the rendered size of every visible text,
 * SVG text included (its font size times the scale its SVG is drawn at), and whether the
 * page scrolls sideways.
 */
public final class Legibility {

	/** The smallest text a person reads comfortably on a phone, in CSS pixels. */
	public static final double SMALLEST_TEXT = 12;

	/**
	 * Every visible run of text and every form control, with its size as rendered. Text in
	 * a visually hidden element (a box of 1 px that clips it), in an SVG's title or
	 * description, or not displayed at all is not rendered, so it is left out.
	 */
	private static final String RENDERED_SIZES = """
			() => {
			  const clipped = (element) => {
			    for (let e = element; e; e = e.parentElement) {
			      const style = getComputedStyle(e);
			      const box = e.getBoundingClientRect();
			      if ((style.overflow !== 'visible' || style.clip !== 'auto') && (box.width <= 1 || box.height <= 1)) {
			        return true;
			      }
			    }
			    return false;
			  };
			  const size = (element) => {
			    let pixels = parseFloat(getComputedStyle(element).fontSize);
			    if (element instanceof SVGGraphicsElement) {
			      const m = element.getScreenCTM();
			      pixels *= Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
			    }
			    return Math.round(pixels * 100) / 100;
			  };
			  const found = [];
			  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    const text = node.textContent.trim();
			    const element = node.parentElement;
			    if (!text || !element) continue;
			    const range = document.createRange();
			    range.selectNodeContents(node);
			    const shown = [...range.getClientRects()].some((r) => r.width > 1 && r.height > 1);
			    const style = getComputedStyle(element);
			    if (!shown || style.visibility !== 'visible' || clipped(element)) continue;
			    found.push({ text: text.substring(0, 60), element: element.tagName.toLowerCase(), size: size(element) });
			  }
			  for (const control of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
			    const box = control.getBoundingClientRect();
			    if (box.width <= 1 || box.height <= 1 || clipped(control)) continue;
			    found.push({ text: control.value || control.textContent.trim() || control.id, element: control.tagName.toLowerCase(), size: size(control) });
			  }
			  return found;
			}
			""";

	private Legibility() {
	}

	/** A run of text as rendered: its first characters, its element, and its size in CSS pixels. */
	public record Text(String text, String element, double size) {

		@Override
		public String toString() {
			return "\"" + this.text + "\" (" + this.element + ", " + this.size + " px)";
		}

	}

	/** Every visible text on the page and its rendered size. */
	@SuppressWarnings("unchecked")
	public static List<Text> texts(Page page) {
		List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RENDERED_SIZES);
		return found.stream()
			.map((text) -> new Text((String) text.get("text"), (String) text.get("element"),
					((Number) text.get("size")).doubleValue()))
			.toList();
	}

	/** The visible texts rendered smaller than {@link #SMALLEST_TEXT}. */
	public static List<Text> tooSmall(Page page) {
		return texts(page).stream().filter((text) -> text.size() < SMALLEST_TEXT).toList();
	}

	/** How many CSS pixels the page is wider than the window: 0 when it does not scroll sideways. */
	public static int sidewaysOverflow(Page page) {
		return ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
	}

}
