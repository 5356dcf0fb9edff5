// The classifier's state as the admin sees it: the dashboard, /api/admin/stats and /metrics say how
// much it has learned and whether it scores mail yet (it is silent below bayes.minSpam / minHam).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { clearModel, learnMessage } from '../../../src/bayes/learn.ts';
import { TOKENIZER_GENERATION } from '../../../src/bayes/tokenize.ts';
import { bayesStatus, describeBayesStatus } from '../../../src/bayes/status.ts';
import { REPO_ROOT } from '../../helpers/gateway.ts';
import { HOST, webFixture, type WebFixture } from './fixture.ts';

const mail = (name: string): Buffer => readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'mail', name));
const bearer = { host: HOST, authorization: 'Bearer test-api-token-0123456789' };
const admin = { ...bearer, accept: 'text/html' };

let f: WebFixture;
before(async () => { f = await webFixture({ 'bayes.minSpam': 2, 'bayes.minHam': 1 }); });
after(async () => f.close());

const stats = async () => (await f.app.inject({ url: '/api/admin/stats', headers: bearer })).json().bayes;
const metric = async (name: string): Promise<number> => {
  const body = (await f.app.inject({ url: '/metrics' })).body;
  const m = new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\d+)$`, 'm').exec(body);
  assert.ok(m, `${name} in /metrics`);
  return Number(m[1]);
};

describe('Bayes classifier state', () => {
  it('reports an untrained classifier as not scoring, with what it still needs', async () => {
    const b = await stats();
    assert.deepEqual({ spam: b.spam, ham: b.ham, features: b.features, active: b.active, enabled: b.enabled, minSpam: b.minSpam, minHam: b.minHam },
      { spam: 0, ham: 0, features: 0, active: false, enabled: true, minSpam: 2, minHam: 1 });
    const page = await f.app.inject({ url: '/admin', headers: admin });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /data-state="learning"/);
    assert.match(page.body, /mailmoat train --spam DIR --ham DIR/);
    assert.equal(await metric('mailmoat_bayes_active'), 0);
    assert.match(describeBayesStatus(await bayesStatus(f.store, f.config)), /NOT scoring yet: 0 of 2 spam and 0 of 1 ham/);
  });

  it('counts what it learns and turns active once both minimums are reached', async () => {
    await learnMessage(f.store, mail('ru-koi8r-spam.eml'), 'spam');
    await learnMessage(f.store, mail('de-utf8-ham.eml'), 'ham');
    let b = await stats();
    assert.equal(b.spam, 1);
    assert.equal(b.ham, 1);
    assert.ok(b.features > 10, `features counted: ${b.features}`);
    assert.equal(b.active, false, 'one spam of two is not enough');

    await learnMessage(f.store, mail('el-iso88597-spam.eml'), 'spam');
    b = await stats();
    assert.equal(b.active, true);
    const page = await f.app.inject({ url: '/admin', headers: admin });
    assert.match(page.body, /data-state="active"/);
    assert.doesNotMatch(page.body, /mailmoat train --spam DIR/);
    assert.equal(await metric('mailmoat_bayes_learned_messages{class="spam"}'), 2);
    assert.equal(await metric('mailmoat_bayes_learned_messages{class="ham"}'), 1);
    assert.equal(await metric('mailmoat_bayes_features'), b.features);
    assert.equal(await metric('mailmoat_bayes_active'), 1);
  });

  it('says so when the rules disable the check, however much it learned', async () => {
    const s = await bayesStatus(f.store, f.config, { bayes: { enabled: false } });
    assert.equal(s.active, false);
    assert.equal(s.enabled, false);
    assert.match(describeBayesStatus(s), /disabled in the rules/);
  });
  it('says when the model was learned by another tokenizer (an upgrade): the start log line and the dashboard', async () => {
    // the model learned its first message in this version: recorded, nothing to say
    assert.equal(await f.store.bayes.generation(), TOKENIZER_GENERATION);
    let s = await bayesStatus(f.store, f.config);
    assert.equal(s.outdated, false);
    assert.doesNotMatch(describeBayesStatus(s), /generation/);
    assert.doesNotMatch((await f.app.inject({ url: '/admin', headers: admin })).body, /bayes-outdated/);
    // as a model learned before generations were recorded looks after the upgrade
    await f.store.bayes.setGeneration(null);
    s = await bayesStatus(f.store, f.config);
    assert.equal(s.outdated, true);
    assert.match(describeBayesStatus(s), /^Bayes classifier scoring: .*; the model was learned by a tokenizer from before generations were recorded; this version reads mail as generation \d+.*mailmoat train --reset/);
    assert.equal((await stats()).outdated, true);
    const page = await f.app.inject({ url: '/admin', headers: admin });
    assert.match(page.body, /<p class="warn" id="bayes-outdated">This model was trained with an earlier version&#39;s tokenizer.*<code>mailmoat train --reset --spam DIR --ham DIR<\/code>/);
    // learning more does not make it this version's: most of what it holds is still the old reading
    assert.equal((await learnMessage(f.store, mail('es-latin1-spam.eml'), 'spam')).changed, true);
    assert.equal(await f.store.bayes.generation(), null);
    // a retrain from nothing does
    await clearModel(f.store.bayes);
    await learnMessage(f.store, mail('it-utf8-html-spam.eml'), 'spam');
    assert.equal(await f.store.bayes.generation(), TOKENIZER_GENERATION);
    assert.equal((await bayesStatus(f.store, f.config)).outdated, false);
  });
});
