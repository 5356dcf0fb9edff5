// HTML → visible text, hidden text and links (src/content/html.ts, html-style.ts): what a reader
// sees, as a browser would show it, without a layout engine.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeAttribute, decodeEntities, reduceHtml, visibleTextOf } from '../../../src/content/html.ts';
import { classRules, contrastRatio, parseColor } from '../../../src/content/html-style.ts';

const visible = (html: string): string => reduceHtml(html).text.replace(/\s+/g, ' ').trim();
const hidden = (html: string): string => reduceHtml(html).hidden.text;

describe('HTML: hidden text', () => {
  it('styles that hide: display, visibility, opacity, a font too small to read, a zero box, the hidden attribute, transparent text', () => {
    for (const style of ['display:none', 'DISPLAY: NONE !important', 'visibility:hidden', 'opacity:0', 'opacity: 0.01', 'opacity:0%',
      'font-size:0', 'font-size:0px', 'font-size:1px', 'font-size:0.5pt', 'font-size:0.05em', 'font-size:5%',
      'max-height:0;overflow:hidden', 'height:0px; overflow:hidden', 'width:0;overflow:clip', 'color:transparent',
      'text-indent:-9999px', 'position:absolute; left:-10000px', 'position:fixed;top:-2000pt', 'position:absolute;margin-left:-100em',
      'position:absolute; clip: rect(0 0 0 0)', 'position:absolute;clip:rect(0px, 0px, 0px, 0px)',
      'position:relative;left:-9999px', 'margin-left:-5000px', 'margin-top:-3000px', 'margin:-9999px', 'margin:0 0 0 -9999px', 'transform:translateX(-9999px)', 'transform: translate(-2000px, 0)', 'transform:scale(0)', 'transform:scaleY(0.0)']) {
      const r = reduceHtml(`<p>Hello there <span style="${style}">cheap watches</span> friend</p>`);
      assert.equal(r.text.replace(/\s+/g, ' ').trim(), 'Hello there friend', style);
      assert.equal(r.hidden.text, 'cheap watches', style);
      assert.equal(r.hidden.letters, 12, style);
    }
    assert.equal(hidden('<div hidden>poison words</div><p>text</p>'), 'poison words');
    for (const style of ['font-size:2px', 'font-size:8pt', 'opacity:0.5', 'height:0', 'max-height:0', 'overflow:hidden', 'font-size:0.8em', 'display:block',
      'text-indent:-20px', 'left:-10000px', 'position:absolute;left:-20px', 'position:absolute;left:0', 'clip:rect(0 0 0 0)', 'position:absolute;clip:rect(0 100px 20px 0)',
      'position:relative;left:-8px', 'margin-left:-20px', 'margin:0 auto', 'margin:-10px 0 0 -20px', 'transform:translateX(-10px)', 'transform:scale(0.5)', 'transform:scale(1.05)', 'transform:rotate(0)']) {
      assert.equal(hidden(`<p>a <span style="${style}">readable text</span></p>`), '', style);
    }
    assert.equal(hidden('<input type="hidden" value="x"><p>visible</p>'), '', 'type="hidden" is not the hidden attribute');
    assert.equal(hidden('<div hidden="until-found">found on search</div>'), '');
  });

  it('text in the colour of its background, however the colours are written; readable colour pairs stay visible', () => {
    assert.equal(hidden('<body bgcolor="#FFFFFF"><p>Offer</p><font color="#ffffff">ham words here</font></body>'), 'ham words here');
    assert.equal(hidden('<p>Offer</p><span style="color:#fefefe">white on the default white</span>'), 'white on the default white');
    assert.equal(hidden('<div style="background-color: rgb(0, 0, 0)"><span style="color:#010101">black on black</span></div>'), 'black on black');
    assert.equal(hidden('<table bgcolor=navy><tr><td><font color="#000080">navy on navy</font></td></tr></table>'), 'navy on navy');
    assert.equal(hidden('<div style="background:#336699"><p style="color:#336699">same blue</p></div>'), 'same blue');
    assert.equal(hidden('<div style="background: rgb(0, 0, 0) no-repeat"><p style="color:#000">black shorthand</p></div>'), 'black shorthand');
    // readable
    assert.equal(hidden('<table bgcolor="#000000"><tr><td><font color="#ffffff">white on black</font></td></tr></table>'), '');
    assert.equal(hidden('<p style="color:#999999">grey footer</p>'), '', 'honest light grey (2.8:1)');
    assert.equal(hidden('<div style="background:#fff url(bg.png)"><span style="color:#ffffff">on a picture</span></div>'), '', 'a background picture: not judged');
    assert.equal(hidden('<td background="pic.jpg"><font color=white>on a picture</font></td>'), '');
    assert.equal(hidden('<span style="color:rgba(255,255,255,0.5)">see-through</span>'), '', 'a see-through colour: not judged');
    assert.equal(hidden('<span style="color:papayawhip">unknown name</span>'), '', 'an unknown colour: not judged');
  });

  it('the nearest colour wins: inline style over class rules over presentation attributes; children inherit', () => {
    const css = '<style>.w{color:#fff} .k{color:#000}</style>';
    assert.equal(hidden(`${css}<font color="#000000" class="w">class beats attribute</font>`), 'class beats attribute');
    assert.equal(hidden(`${css}<span class="w" style="color:black">inline beats class</span>`), '');
    assert.equal(hidden(`${css}<span class="w"><b>inherited <i>deeper</i></b></span><p>after</p>`), 'inherited deeper');
    assert.equal(visible(`${css}<span class="w"><b>inherited <i>deeper</i></b></span><p>after</p>`), 'after');
  });

  it('class rules from <style> in the head or the body; @media rules and compound selectors are not read', () => {
    const page = (css: string, cls: string): string => `<html><head><style type="text/css">${css}</style></head><body><div class="${cls}">block text</div><p>shown</p></body></html>`;
    assert.equal(hidden(page('.preheader { display:none !important; mso-hide:all; }', 'x preheader')), 'block text');
    assert.equal(hidden(page('div.tiny, .other { font-size:0 }', 'tiny')), 'block text');
    assert.equal(hidden(page('/* .gone {display:none} */ .gone { color: red }', 'gone')), '');
    assert.equal(hidden(page('@media only screen and (max-width:600px) { .mob { display:none } }', 'mob')), '', 'hidden on small screens only');
    assert.equal(hidden(page('.a .b { display:none } #c { display:none }', 'b')), '');
    // a responsive newsletter's mobile-only block: hidden inline, shown on phones by an @media rule
    const mobile = (css: string, cls = 'mobile-only'): string => `<html><head><style>${css}</style></head><body>`
      + `<div class="${cls}" style="display:none;max-height:0;overflow:hidden;mso-hide:all">Shop the app: tap here</div><p>Desktop text</p></body></html>`;
    assert.equal(hidden(mobile('@media only screen and (max-width:480px) { .mobile-only { display:block !important; max-height:none !important } }')), '');
    assert.equal(hidden(mobile('@media screen and (max-width:600px) { body .x, *[class~="mobile-only"] { display:table !important } }')), '');
    assert.equal(hidden(mobile('@media (max-width:480px) { .mobile-only { color:red } }')), 'Shop the app: tap here', 'shown again only by what shows');
    assert.equal(hidden(mobile('@media (max-width:480px) { .other { display:block } }')), 'Shop the app: tap here', 'another class');
    assert.equal(hidden(mobile('@font-face { .mobile-only { display:block } }')), 'Shop the app: tap here', 'not a @media block');
    assert.equal(hidden('<p>x</p><style>.h{visibility:hidden}</style><span class="h">late rule</span>'), 'late rule');
    // CSS wrapped in a comment, as old mailers wrote it: white text on a class's blue background is visible
    assert.equal(hidden('<style><!-- .title { color:#ffffff; background-color:#48669f } --></style><td class=title><font color=ffffff>Advanced</font></td>'), '');
    assert.deepEqual([...classRules('.a{display:none} .b{color:#fff;background-color:#000}').entries()],
      [['a', { hides: true }], ['b', { hides: false, color: [255, 255, 255], background: [0, 0, 0] }]]);
  });

  it('a stray end tag does not close elements outside its table; a table does not take an outer text colour', () => {
    // old spam: a </tr> without its <tr> inside a nested table, with white text on the outer black table
    const html = '<table bgcolor="#000000"><tr><td><table bgcolor="#99CCFF"><tr><td>row</td></tr><td>cell</td></tr>'
      + '<tr><td>Rates subject to change</td></tr></table></td></tr></table>';
    assert.equal(hidden(html), '');
    assert.equal(visible(html), 'row cell Rates subject to change');
    // <font color=white> around a table: inside it, the inherited colour is not judged
    assert.equal(hidden('<td><font color="#ffffff"><table><tr><td>Copyright 2002</td></tr></table></font></td>'), '');
    // implied ends: <li>, <p> and <td> close their open siblings
    assert.equal(visible('<ul><li>one<li>two</ul><p>a<p style="display:none">b<p>c'), 'one two a c');
    assert.equal(visible('<table><tr><td style="display:none">x<td>y<tr><td>z</table>'), 'y z');
  });

  it('words split by a hidden fragment are found; the visible text shows the word', () => {
    const r = reduceHtml('<p>Your <b>Pay<span style="font-size:0px">qz</span>Pal</b> account and Micro<font color=#fff>x</font>soft</p>');
    assert.equal(r.text.replace(/\s+/g, ' ').trim(), 'Your PayPal account and Microsoft');
    assert.deepEqual(r.hidden.splices, ['Pay⟨qz⟩Pal', 'Micro⟨x⟩soft']);
    assert.deepEqual(reduceHtml('<p>Hello <span style="display:none">preview</span> world</p>').hidden.splices, [], 'spaces around it');
    assert.deepEqual(reduceHtml('<div>top<div style="display:none">x</div>bottom</div>').hidden.splices, [], 'a block breaks the line');
  });

  it('what a descendant can undo (visibility, font size, colour) and what it cannot (display, opacity)', () => {
    assert.equal(hidden('<div style="visibility:hidden">a <span style="visibility:visible">shown</span> b</div>'), 'a b');
    assert.equal(hidden('<div style="font-size:0">a <span style="font-size:12px">shown</span></div>'), 'a');
    assert.equal(hidden('<div style="color:transparent">a <span style="color:#333">shown</span></div>'), 'a');
    assert.equal(hidden('<div style="display:none">a <span style="display:block;visibility:visible;font-size:12px">still gone</span></div>'), 'a still gone');
    assert.equal(hidden('<div style="opacity:0">a <span style="opacity:1">still gone</span></div>'), 'a still gone');
  });

  it('whitespace-only hidden elements (layout tricks of honest templates) hide no letters', () => {
    const r = reduceHtml('<div style="font-size:0">  <table><tr><td style="font-size:14px">Column one</td></tr></table> &nbsp; </div>');
    assert.equal(r.hidden.letters, 0);
  });

  it('inline elements are spaces for the classifier (cross-validation chose it) and join in a link\'s text; blocks start lines', () => {
    assert.equal(reduceHtml('<p><b>Free</b><i>gift</i> <u>now</u><br>next<div>line</div></p>').text.trim().replace(/ +/g, ' ').replace(/ ?\n+ ?/g, '|'), 'Free gift now|next|line');
    assert.equal(visible('<a href="x">Home</a><a href="y">Shop</a>'), 'Home Shop', 'a menu of links');
    assert.equal(visibleTextOf('www.pay<b>pal</b>.com'), 'www.paypal.com');
    assert.equal(visible('<p>Pay<span style="display:none">x</span>Pal and <b>Micro</b><font style="font-size:0">q</font><b>soft</b></p>'), 'PayPal and Microsoft', 'a split word is joined');
  });

  it('a comment between two characters of text leaves nothing, as a browser shows it; elsewhere a space', () => {
    assert.equal(visible('<p>Th<!-- kd -->ank you, total <b>£3<!-- -->99.<!---->99</b></p>'), 'Thank you, total £399.99');
    assert.equal(visible('<td>Header</td><!-- end header --><td>Body</td>'), 'Header Body');
    assert.equal(visible('one <!-- x -->two<!-- y --> three'), 'one two three');
    // the last comment of the text too (the pattern is searched only up to the last "-->")
    assert.equal(visible('No<!-- -->rton'), 'Norton');
  });

  it('500 levels of nesting, 100 000 tags, 200 kB of unclosed tags and of odd CSS are read in linear time', { timeout: 20_000 }, () => {
    const deep = `${'<div style="color:#fff">'.repeat(500)}deep${'</div>'.repeat(500)}<p>end</p>`;
    assert.equal(visible(deep), 'end');
    const t = performance.now();
    reduceHtml(`<span>${'<b>x</b><i style="display:none">y</i>'.repeat(50_000)}</span>`);
    reduceHtml('<td><font color=white>'.repeat(30_000));
    // a background shorthand of 50 000 words (a lookahead split took 2.4 s)
    reduceHtml(`<p style="background:${' a'.repeat(50_000)}">t</p>`);
    // a hidden fragment after a 200 kB word (an end-anchored word pattern took 28 s here)
    reduceHtml(`<p>${'a'.repeat(200_000)}.<span style="display:none">x</span>b ${'b'.repeat(200_000)}<i hidden>y</i>c</p>`);
    // style sheets without braces, with an unclosed rule or comment (a rule regex took 6 s on 100 kB)
    for (const css of ['a'.repeat(200_000), `.a{${'color:red;'.repeat(20_000)}`, '/*'.repeat(100_000), '@m{.x{'.repeat(30_000)]) {
      reduceHtml(`<style>${css}</style><p class="a x">text</p>`);
    }
    assert.ok(performance.now() - t < 10_000);
  });
});

describe('HTML: entities and colours', () => {
  it('every named entity of HTML, numeric ones, and the old ones without ";"', () => {
    assert.equal(decodeEntities('Gr&uuml;&szlig;e aus M&uuml;nchen &ndash; &euro;100 &amp; &laquo;&#x41;&#66;&raquo; &copy 2024'), 'Grüße aus München – €100 & «AB» © 2024');
    assert.equal(decodeEntities('&Alpha;&theta;&eta;&nu;&alpha; &#1052;&#1086;&#1089;&#1082;&#1074;&#1072; &zwnj;&shy;'), 'Αθηνα Москва \u200c\u00ad');
    assert.equal(visible('<p>f&uuml;r&nbsp;Sie</p>'), 'für Sie', 'a no-break space is a space');
  });
  it('in attribute values an old entity before "=" stays as written, so link parameters survive', () => {
    assert.equal(decodeAttribute('https://x.example/?a=1&copy=2&not=3&amp;b=4'), 'https://x.example/?a=1&copy=2&not=3&b=4');
    assert.deepEqual(reduceHtml('<a href="https://x.example/?id=1&para=2&sect=3">x</a>').urls, ['https://x.example/?id=1&para=2&sect=3']);
  });
  it('colours: #rgb, #rrggbb, bare hex in attributes, rgb(), names; contrast as WCAG computes it', () => {
    assert.deepEqual(parseColor('#FFF'), [255, 255, 255]);
    assert.deepEqual(parseColor('ffffff'), [255, 255, 255]);
    assert.deepEqual(parseColor('rgb(1, 2, 3)'), [1, 2, 3]);
    assert.deepEqual(parseColor('White !important'), [255, 255, 255]);
    assert.equal(parseColor('transparent'), null);
    assert.equal(parseColor('face'), null, 'a word with hex letters is not a colour');
    assert.equal(Math.round(contrastRatio([0, 0, 0], [255, 255, 255])), 21);
    assert.equal(contrastRatio([10, 10, 10], [10, 10, 10]), 1);
    assert.ok(Math.abs(contrastRatio([0x99, 0x99, 0x99], [255, 255, 255]) - 2.85) < 0.01);
  });
});
