"""Business messages 37-40 (Russian)."""
from common import T, addr, text, attach, multi, boundary, esc, H, ALNUM
from company import E, A, INN_SEVPUT, INN_EXAMPLE_RU, BIK_ALFA, RS_SEVPUT, KS_ALFA
from reg import business, alt, mixed
import infra
import infra2


@business(37, 'ru', 'yandex-id-novyi-vhod',
          'Yandex ID notice to the Russian general director (his address is the contact e-mail of the '
          'company\'s Yandex account for Market/Direct): sign-in from a new device in Moscow.',
          'Sent by Yandex\'s own infrastructure (forward*.mail.yandex.net, noreply@id.yandex.ru); the details '
          'match his own sign-in; the only link is id.yandex.ru; informational, no urgency.', hn=[39])
def b37(m):
    t = T(2026, 11, 12, 7, 43, 10)
    f = dict(sender='noreply@id.yandex.ru', rcpt=E('ru_mgr'), frm=addr('Яндекс ID', 'noreply@id.yandex.ru', 'utf-8', 'B'),
             to=E('ru_mgr'), subject='Вход в аккаунт example-rus-market')
    infra2.yandex_id(m, t, f)
    src = """Здравствуйте, Дмитрий!

В ваш аккаунт example-rus-market выполнен вход с нового устройства.

Время: 12 ноября 2026 в 10:42 (МСК)
Устройство: Chrome, Windows
Местоположение: Москва, Россия

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и завершите сеансы на других устройствах на странице https://id.yandex.ru/security

С уважением,
Команда Яндекс ID
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:15px;color:#000"><div style="max-width:560px;margin:auto;padding:24px">'
            '<div style="font-size:22px;font-weight:bold;margin-bottom:20px"><span style="color:#fc3f1d">Я</span>ндекс ID</div>'
            + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in src.strip().split('\n\n')[:4]) +
            '<p>Если вы не входили в аккаунт, <a href="https://id.yandex.ru/security" style="color:#0077ff">смените пароль</a> '
            'и завершите сеансы на других устройствах.</p><p style="color:#777">С уважением,<br>Команда Яндекс ID</p></div></body></html>')
    m.body = multi('alternative', [text(src, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                   boundary('yandex', m.seed('alt')))


@business(38, 'ru', 'kosmetik-treid-kody-markirovki',
          'Distributor Косметик Трейд asks the Russian office to confirm that the marking codes for the '
          'December shipment were put into circulation and will be passed in the UPD via EDI.',
          'Known customer contact on its own domain and hosting; ordinary Честный ЗНАК workflow through the '
          'EDI operator; no links, no credentials.', hn=[38])
def b38(m):
    t = T(2026, 11, 26, 11, 4, 52)
    sender = 'a.morozova@cosmetic-trade.ru'
    f = dict(sender=sender, rcpt=E('ru_mgr'), frm=addr('Анна Морозова', sender, 'windows-1251', 'B'),
             to=A('ru_mgr', 'windows-1251', 'B'), cc=A('ru_acc', 'windows-1251', 'B'),
             subject='Заказ № КТ-2026-318: коды маркировки и УПД', scs=('windows-1251', 'B'))
    infra.exim_cpanel(m, t, f, 'vh312.timeweb.ru', '92.53.116.12', client_ip='176.59.44.102', zone='RU',
                      client_helo='MOROZOVA-NB', mid_style='outlook', ua=infra.XM_OL16)
    src = """Дмитрий, добрый день!

По заказу № КТ-2026-318 (отгрузка со склада «Северный путь» 03.12) просим подтвердить, что коды маркировки на всю партию (парфюмерно-косметическая продукция, 9 позиций, 7 480 шт.) введены в оборот, и передать их в УПД через Диадок, как в прошлый раз.

В прошлой поставке у двух позиций (крем для рук 75 мл и бальзам для губ) коды пришли в статусе «нанесён», из-за этого маркетплейс не принял часть товара. Если можно, пришлите заранее выгрузку из личного кабинета «Честный ЗНАК» по этим GTIN, чтобы мы сверили до отгрузки.

Спасибо!

С уважением,
Анна Морозова
Менеджер по закупкам
ООО «Косметик Трейд»
тел. +7 (495) 668-21-47
"""
    m.body = alt(m, 'nextpart', src, 'windows-1251', lang='RU')


@business(39, 'ru', 'sevput-schet-na-oplatu',
          'The Russian carrier/warehouse ТК Северный путь sends invoice no. 1184 for November storage and '
          'deliveries with its bank details in the body; originals via EDI.',
          'Regular supplier on its own domain and mail server (The Bat!); the payee is the carrier itself, '
          'details unchanged since the contract, VAT computed at the 2026 rate; normal payment term, no urgency.', hn=[40])
def b39(m):
    t = T(2026, 11, 16, 12, 31, 18)
    sender = 'buh@sevput-tk.ru'
    f = dict(sender=sender, rcpt=E('ru_acc'), frm=addr('Бухгалтерия ТК Северный путь', sender, 'koi8-r', 'B'),
             to=E('ru_acc'), subject='Счет N 1184 от 16.11.2026', zone='RU', scs=('koi8-r', 'B'))
    infra.postfix_host(m, t, f, 'mail.sevput-tk.ru', 'mail.sevput-tk.ru', '195.161.41.77', '192.168.1.34',
                       client_helo='BUH-PC', auth='buh@sevput-tk.ru', ua=infra.XM_THEBAT, zone='RU', mid_style='thebat')
    src = """Здравствуйте, Ольга Викторовна!

Направляем счет на оплату N 1184 от 16.11.2026 за ноябрь:
- ответственное хранение, 212 палетомест - 148 400,00 руб.
- комплектация и отгрузка заказов - 61 150,00 руб.
- доставка по Москве и МО, 38 рейсов - 96 900,00 руб.

Итого: 306 450,00 руб., в т.ч. НДС 22 процента - 55 261,48 руб.
Срок оплаты: до 30.11.2026

Реквизиты для оплаты:
ООО "ТК Северный путь"
ИНН %s, КПП 503201001
р/с %s
АО "Альфа-Банк", г. Москва
БИК %s
к/с %s

Оригиналы счета и УПД направлены через Диадок.

С уважением,
Бухгалтерия ООО "ТК Северный путь"
тел. +7 (495) 727-40-18
""" % (INN_SEVPUT, RS_SEVPUT, BIK_ALFA, KS_ALFA)
    m.body = text(src, 'koi8-r', 'quoted-printable')


@business(40, 'ru', 'bukhgalter-trebovanie-fns',
          'The outsourced accountant (Yandex mailbox) reports a genuine ФНС requirement received in Kontur.Extern, '
          'confirms the receipt was sent and lists the documents she needs by 01.12.',
          'Known accountant writing from her usual consumer mailbox; the requirement arrived through the EDI '
          'operator, not by e-mail; no attachment to open, no link, no password.', hn=[37])
def b40(m):
    t = T(2026, 11, 24, 14, 12, 7)
    sender = 'irina.vasilieva.buh@yandex.ru'
    f = dict(sender=sender, rcpt=E('ru_acc'), frm=addr('Ирина Васильева', sender, 'utf-8', 'B'), to=E('ru_acc'),
             subject='Требование ИФНС по НДС за 3 квартал – что нужно до 01.12')
    st = infra.yandex(m, t, f)
    src = """Ольга, добрый день!

Сегодня в Контур.Экстерн пришло требование из ИФНС № 5 по г. Москве о представлении пояснений по декларации по НДС за 3 квартал (расхождения по двум счетам-фактурам от ООО «Косметик Трейд»). Квитанцию о приёме я уже отправила, так что срок ответа – 5 рабочих дней.

Чтобы подготовить пояснения, пришлите мне, пожалуйста, до 01.12:
– книгу продаж за 3 квартал из 1С;
– сканы УПД № 2207 и № 2231 и подтверждение из Диадока, что покупатель их подписал;
– если были корректировочные счета-фактуры по этим отгрузкам – их тоже.

Само требование можно посмотреть в Экстерне в разделе «Требования», в почту я его не пересылаю. Если вдруг придут письма «от налоговой» с архивами и паролями – это мошенники, не открывайте.

Ирина
"""
    html = '<div>%s</div>' % ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in src.split('\n'))
    m.body = multi('alternative', [text(src, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')],
                   boundary('yandex', m.seed('alt')))
