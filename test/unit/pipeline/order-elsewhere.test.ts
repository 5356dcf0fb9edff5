// The order-elsewhere check: purchase-order fraud in a hospital's or a university's name, whose
// goods are to go to a warehouse that is not the buyer's, from a sender whose word is not to be
// taken, in the offices' languages and charsets. And the honest orders: a customer people here
// write to, an order delivered to the buyer, a warehouse named with no order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderElsewhereCheck, orderElsewhereSigns } from '../../../src/pipeline/checks/order-elsewhere.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-order-elsewhere-');
const run = hitLines(orderElsewhereCheck, { store: temp, recipients: ['sales@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8', subject = 'Purchase order'): Buffer => plainTextMail(from, 'sales@example.com', body, charset, subject);

describe('purchase-order fraud', () => {
  it('the "university" on a look-alike domain: NET 30, shipped to its consolidation partner', async () => {
    const body = 'Wexford State University would like to purchase the items on the attached purchase order. As a public institution we pay on NET 30 terms. Please note that all goods must be shipped to our consolidation partner Linden Freight Services in Linden, NJ, who handles receiving for our campus.';
    assert.deepEqual(await run(mail('Raymond Cole <r.cole@wexfordstate-edu.example>', body, 'us-ascii', 'Request for Quote / Purchase Order WSU-PO-2026-88417')), [
      'ORDER_DELIVERY_ELSEWHERE: names "request for quote" and "consolidation partner"; From r.cole@wexfordstate-edu.example (not authenticated)',
      'ORDER_ON_CREDIT_ELSEWHERE: asks for payment later: "net 30"; From r.cole@wexfordstate-edu.example',
    ]);
  });

  it('in the offices\' languages and charsets, the order in the subject or the text', async () => {
    const cases: Array<[string, string, string]> = [
      ['Wegen Umbau unseres Zentrallagers liefern Sie die Ware bitte an unser externes Lager in Neuss.', 'iso-8859-1', 'Bestellung 4500018811'],
      ['Per lavori di ristrutturazione, la merce dovrà essere consegnata presso il nostro deposito esterno temporaneo di Prato.', 'iso-8859-15', 'Ordine urgente n. 2026/OD/7781'],
      ['Por obras en el almacén general, la mercancía debe entregarse en nuestro almacén logístico externo de Paterna.', 'windows-1252', 'Pedido urgente n.º 4700238811'],
      ['Z powodu remontu prosimy o dostawę do naszego magazynu zewnętrznego w Strykowie.', 'iso-8859-2', 'Zamówienie nr 118/2026'],
      ['В связи с ремонтом просим отгрузить товар на наш временный склад в Подольске.', 'koi8-r', 'Заказ № 2214'],
      ['Λόγω ανακαίνισης η παράδοση θα γίνει στην προσωρινή αποθήκη μας στον Ασπρόπυργο.', 'iso-8859-7', 'Παραγγελία 88/2026'],
      ['Please ship the order to our temporary warehouse in Leeds while the hospital stores are refurbished.', 'us-ascii', 'Urgent'],
      // a logistics platform (the forty-seventh pair's "El Corte Inglés" buyer on a look-alike)
      ['La mercancía deberá entregarse en nuestra plataforma logística externa de Alcalá de Henares.', 'iso-8859-15', 'Solicitud de pedido - campaña Navidad'],
      ['La merce dovrà essere consegnata alla nostra piattaforma logistica esterna di Piacenza.', 'iso-8859-15', 'Ordine 2026/118'],
    ];
    for (const [body, charset, subject] of cases) {
      const hits = await run(mail('Purchasing <purchasing.hospital@gmail.com>', body, charset, subject), authenticatedAs('gmail.com'));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
      assert.ok(hits[0]!.endsWith('(free mail)'), hits[0]);
    }
  });

  it('goods to the buyer\'s forwarder or to a "new depot, different from" the one the supplier knows; payment later besides', async () => {
    const from = 'Sergio Navarro <snavarro@automatismos-levante.example>';
    const spanish = 'Os confirmamos el pedido adjunto PC-2026-0871. Por un problema de capacidad necesitamos que esta vez la mercancía se entregue directamente en el almacén de nuestro operador logístico. Pago a 60 días fecha factura, como siempre.';
    assert.deepEqual(await run(mail(from, spanish, 'windows-1252', 'Pedido PC-2026-0871')), [
      'ORDER_DELIVERY_ELSEWHERE: names "pedido" and "almacen de nuestro operador"; From snavarro@automatismos-levante.example (not authenticated)',
      'ORDER_ON_CREDIT_ELSEWHERE: asks for payment later: "60 dias"; From snavarro@automatismos-levante.example',
    ]);
    const english = 'We would like to place the following order on our existing account. Delivery: Unit 4, Junction 9 Trade Park, Walsall (our new Midlands depot - please note this is different from Leeds). Please invoice us on our usual terms but extend to 60 days for this order.';
    assert.deepEqual(await run(mail('Mark Denton <mark.denton@northbrew-distribution.example>', english, 'us-ascii', 'Christmas order')), [
      'ORDER_DELIVERY_ELSEWHERE: names "order" and "new midlands depot - please note this is different from"; From mark.denton@northbrew-distribution.example (not authenticated)',
      'ORDER_ON_CREDIT_ELSEWHERE: asks for payment later: "60 days"; From mark.denton@northbrew-distribution.example',
    ]);
    const cases: Array<[string, string, string]> = [
      ['Bitte liefern Sie die Bestellung an das Lager unseres Logistikpartners in Duisburg. Zahlungsziel 60 Tage wie vereinbart.', 'iso-8859-1', 'Bestellung 4500018813'],
      ['La merce va consegnata al magazzino del nostro operatore logistico a Lodi. Chiediamo di aumentare il fido a 200.000 euro.', 'iso-8859-15', 'Ordine 2026/119'],
      ['Prosimy o dostawę zamówienia do magazynu naszego operatora logistycznego w Strykowie, termin płatności 60 dni.', 'windows-1250', 'Zamówienie nr 119/2026'],
      ['Просим отгрузить заказ на склад нашего логистического оператора в Подольске, отсрочка платежа 45 дней.', 'windows-1251', 'Заказ № 2215'],
      ['Η παραγγελία θα παραδοθεί στην αποθήκη του διαμεταφορέα μας στον Ασπρόπυργο, με πίστωση 60 ημερών.', 'windows-1253', 'Παραγγελία 89/2026'],
    ];
    for (const [body, charset, subject] of cases) {
      const hits = await run(mail('Einkauf <einkauf.buyer@gmail.com>', body, charset, subject), authenticatedAs('gmail.com'));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['ORDER_DELIVERY_ELSEWHERE', 'ORDER_ON_CREDIT_ELSEWHERE'], `${charset}: ${body}`);
    }
    // the order elsewhere paid up front gets no second symbol
    const prepaid = await run(mail('Einkauf <einkauf.buyer@gmail.com>', 'Bitte liefern Sie die Bestellung an unser externes Lager in Neuss. Wir zahlen per Vorkasse.', 'iso-8859-1', 'Bestellung 4500018814'), authenticatedAs('gmail.com'));
    assert.deepEqual(prepaid.map((h) => h.split(':')[0]), ['ORDER_DELIVERY_ELSEWHERE']);
  });

  it('a new warehouse from a buyer who also writes from a new address (the ninety-sixth pair\'s look-alike customer)', async () => {
    const body = 'Te escribo desde mi nueva dirección porque estamos migrando el correo de la empresa.\nNecesitamos con urgencia 3 camiones de abeto. La entrega sería en nuestro nuevo almacén logístico de PLAZA (Zaragoza). Condiciones de pago como siempre, 60 días fecha factura.';
    assert.deepEqual(await run(mail('Carmen Ruiz <c.ruiz@maderasdelturia.example>', body, 'iso-8859-1', 'Pedido urgente')), [
      'ORDER_DELIVERY_ELSEWHERE: names "pedido" and "nuevo almacen" from "te escribo desde mi nueva direccion"; From c.ruiz@maderasdelturia.example (not authenticated)',
      'ORDER_ON_CREDIT_ELSEWHERE: asks for payment later: "60 dias"; From c.ruiz@maderasdelturia.example',
    ]);
    // the same order from the address the supplier knows: a customer's move
    assert.deepEqual(await run(mail('Carmen Ruiz <c.ruiz@maderasdelturia.example>', 'Necesitamos 3 camiones de abeto. La entrega sería en nuestro nuevo almacén logístico de PLAZA.', 'iso-8859-1', 'Pedido urgente')), []);
  });

  it('not from a customer people here write to, nor an order to the buyer\'s own address, nor a warehouse without an order', async () => {
    await temp.store.known.record('sales@example.com', ['acquisti@ospedale-nord.example'], Date.now());
    assert.deepEqual(await run(mail('Acquisti <acquisti@ospedale-nord.example>', 'Come da convenzione, consegna presso il nostro deposito esterno di Cremona.', 'iso-8859-15', 'Ordine 2026/118')), []);
    assert.deepEqual(await run(mail('Einkauf <einkauf@klinikum.example>', 'Bitte liefern Sie an die Warenannahme, Haus C, Am Klinikum 1.', 'iso-8859-1', 'Bestellung 4500018812')), []);
    assert.deepEqual(await run(mail('Newsletter <news@logistics.example>', 'Our new external warehouse in Venlo opens in March.', 'us-ascii', 'News')), []);
    // a new warehouse that differs from nothing is the customer's own news
    assert.deepEqual(await run(mail('Einkauf <einkauf@grosshandel.example>', 'Ab sofort liefern Sie unsere Bestellungen bitte an unser neues Lager in Kassel.', 'iso-8859-1', 'Bestellung 4500018815')), []);
    // "in order to" is no order
    assert.deepEqual(orderElsewhereSigns('Storage', [{ text: 'In order to free space we moved the archive to an external warehouse.' }]).order, null);
  });
});

describe('tickets to the buyer\'s "appointed agency", on 60 days', () => {
  it('the hundred-and-fifteenth pair\'s look-alike insurer ordering 350 hospitality tickets', async () => {
    const body = 'Vi trasmettiamo il nostro ordine d\'acquisto per 350 biglietti; pagamento a 60 gg d.f.f.m.; inviare i biglietti nominativi alla nostra agenzia incaricata, Eventi Lario S.r.l.s.';
    assert.deepEqual((await run(mail('Acquisti <e.sartori@insurer-spa.example>', body, 'windows-1252', 'Ordine d\'acquisto OA-2026-63976'))).map((h) => h.split(':')[0]), ['ORDER_DELIVERY_ELSEWHERE', 'ORDER_ON_CREDIT_ELSEWHERE']);
  });
});
