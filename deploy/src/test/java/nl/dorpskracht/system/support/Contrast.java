package nl.dorpskracht.system.support;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * WCAG 1.4.11 measured from the computed styles Chromium uses: the boundary of every text input and select, and the
 * focus indicator of everything the keyboard reaches, against the colour right outside it — each at least 3:1.
 */
public final class Contrast {

    public static final double NEEDED = 3.0;

    /** The page's colour arithmetic, shared by both checks: colours, what lies behind an element, the ratio. */
    private static final String COLOURS = """
            const parse = c => { const m = c && c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
              return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
            const over = (top, under) => ({r: top.r * top.a + under.r * (1 - top.a),
              g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1});
            const behind = el => { const layers = [];
              for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
                const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
              return layers.reverse().reduce((under, top) => over(top, under), {r: 255, g: 255, b: 255, a: 1}); };
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
              + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
              + (el.textContent && el.textContent.trim() ? ' "' + el.textContent.trim().slice(0, 30) + '"' : '');
            """;

    private static final String BORDERS = COLOURS
            + """
                    const found = [];
                    document.querySelectorAll('input, select, textarea').forEach(el => {
                      if (['hidden', 'checkbox', 'radio', 'submit', 'button', 'file', 'image', 'reset'].includes(el.type)) return;
                      const box = el.getBoundingClientRect(); const style = getComputedStyle(el);
                      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return;
                      const outside = behind(el.parentElement);
                      const border = parse(style.borderTopColor); const width = parseFloat(style.borderTopWidth);
                      const fill = behind(el);
                      const best = Math.max(width > 0 && border ? ratio(over(border, outside), outside) : 0, ratio(fill, outside));
                      if (best < arguments[0]) found.push(name(el) + ': border ' + style.borderTopWidth + ' ' + style.borderTopColor
                        + ' on ' + JSON.stringify(outside) + ' = ' + best.toFixed(2) + ':1');
                    });
                    return found;
                    """;

    private static final String FOCUSED = COLOURS
            + """
                    const el = document.activeElement;
                    if (!el || el === document.body || el === document.documentElement) return ['', null];
                    // the ring as it ends up, not halfway through the theme's .2 s transition
                    el.getAnimations().forEach(animation => animation.finish());
                    const style = getComputedStyle(el); const outside = behind(el.parentElement);
                    let best = 0; let seen = 'none';
                    const outline = parse(style.outlineColor);
                    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && outline) {
                      best = ratio(over(outline, outside), outside); seen = 'outline ' + style.outlineWidth + ' ' + style.outlineColor; }
                    const shadow = parse(style.boxShadow);
                    if (style.boxShadow !== 'none' && shadow) {
                      const r = ratio(over(shadow, outside), outside);
                      if (r > best) { best = r; seen = 'box-shadow ' + style.boxShadow; } }
                    const key = name(el) + '@' + Math.round(el.getBoundingClientRect().top + scrollY);
                    return [key, best >= arguments[0] ? null : name(el) + ': ' + seen + ' on ' + JSON.stringify(outside)
                      + ' = ' + best.toFixed(2) + ':1'];
                    """;

    private Contrast() {
    }

    /** Inputs and selects whose boundary is below 3:1 against what surrounds them, described; empty when all pass. */
    @SuppressWarnings("unchecked")
    public static List<String> weakInputBorders(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(BORDERS, NEEDED);
    }

    /**
     * Presses Tab from the top of the page, up to {@code most} times or until the focus comes round again, and
     * describes every element whose focus indicator is below 3:1; empty when all pass.
     */
    @SuppressWarnings("unchecked")
    public static List<String> weakFocusRings(WebDriver browser, int most) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> weak = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int press = 0; press < most; press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            List<Object> result = (List<Object>) script.executeScript(FOCUSED, NEEDED);
            String key = (String) result.get(0);
            if (!key.isEmpty() && seen.contains(key)) {
                break;
            }
            seen.add(key);
            if (result.get(1) != null) {
                weak.add((String) result.get(1));
            }
        }
        return weak;
    }
}
