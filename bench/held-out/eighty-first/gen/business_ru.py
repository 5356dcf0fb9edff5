"""Russian genuine business messages (4)."""
import company as C
import files
import infra as I
from core import Text, Att, Multi, m, alt, html_wrap

W = C.who


def _yandex360(ctx, t, rcpt, client_ip, client_helo):
    fw = 'forward%d%s.mail.yandex.net' % (ctx.rng.randrange(100, 600), ctx.rng.choice('ab'))
    inner = 'mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net' % ctx.rng.randrange(10, 99)
    hops = [
        I.mx_hop(ctx.rng, I.plus(t, 2), fw, fw, '178.154.239.%d' % ctx.rng.randrange(70, 220), rcpt, '1.3'),
        'from %s (%s [2a02:6b8:c0c:%s:0:640:%s:0])\n\tby %s (Yandex) with ESMTPS id %s-%s\n\tfor <%s>; %s' % (
            inner, inner, I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 4), fw, I.rs(ctx.rng, I.ALNUM, 10), I.rs(ctx.rng, I.ALNUM, 8), rcpt,
            I.rdate(I.plus(t, 1), 'MSK')),
        'by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s' % (inner, I.rs(ctx.rng, I.ALNUM, 10), I.rs(ctx.rng, I.ALNUM, 8),
                                                            I.rdate(t, 'MSK')),
    ]
    r = I.Route(hops, None, None, bstyle='outlook')
    return r


@m('ru', 'supplier-invoice-details')
def b_zelmir(ctx):
    t = I.T(2026, 11, 2, 8, 15, 33)
    rcpt = W('irina.volkova')
    r = _yandex360(ctx, t, rcpt[1], '95.161.%d.%d' % (ctx.rng.randrange(1, 250), ctx.rng.randrange(2, 250)), 'BUH-PC')
    r.msgid = '<001401db%s$%s$%s@zelmir-spb.ru>' % (I.hexs(ctx.rng, 4), I.hexs(ctx.rng, 8), I.hexs(ctx.rng, 8))
    text = """Добрый день, Ирина!

Направляем счёт № 1487 от 02.11.2026 на оплату торфяного субстрата и
горшков по договору поставки № 14/2025 (спецификация № 9). Оригиналы УПД
передадим через Диадок после отгрузки.

Сумма: 412 680,00 руб., в т.ч. НДС 20 % - 68 780,00 руб.
Срок оплаты: 10 банковских дней.

Наши реквизиты не менялись:
ООО «Зелёный Мир», ИНН {inn}, КПП 781601001
Р/с {acc}
ПАО «Банк «Санкт-Петербург», г. Санкт-Петербург
БИК {bik}, К/с {corr}

Если у Вас когда-либо появятся сомнения в реквизитах, позвоните мне по
телефону (812) 448-27-10, доб. 112.

С уважением,
Ольга Смирнова
главный бухгалтер
ООО «Зелёный Мир»
г. Санкт-Петербург, Софийская ул., д. 66
""".format(inn=C.ZEL_INN, acc=C.ZEL_ACC, bik=C.ZEL_BIK, corr=C.ZEL_CORR)
    pdf = files.pdf([(13, True, 'OOO "Zelyony Mir"'), 'INN ' + C.ZEL_INN + '  KPP 781601001', '',
                     (12, True, 'Schet na oplatu N 1487 ot 02.11.2026'), 'Pokupatel: OOO "Example Group Rus", INN ' + C.EG_RU_INN, '',
                     'Torfyanoi substrat, 250 l, pallet       24 x 11 400,00   273 600,00',
                     'Gorshok 3 l, upakovka 500 sht           18 x  7 726,67   139 080,00', '',
                     (11, True, 'Itogo: 412 680,00 rub., v t.ch. NDS 20% 68 780,00'), '',
                     'R/s ' + C.ZEL_ACC, 'PAO "Bank "Sankt-Peterburg", BIK ' + C.ZEL_BIK + ', K/s ' + C.ZEL_CORR],
                    title='Schet 1487', author='buh', producer='1C:Enterprise 8.3', creator='1C:Enterprise 8.3',
                    date="D:20261102110000+03'00'")
    a = alt(ctx, r, text, None, 'windows-1251', 'quoted-printable', bstyle='outlook', lang='ru', font='Calibri, sans-serif')
    root = Multi('mixed', [a, Att(pdf, 'application/pdf', 'Schet_1487_ot_02.11.2026.pdf')], ctx.boundary(r, 'outlook'),
                 preamble='This is a multipart message in MIME format.')
    return ctx.build(r, 'outlook', ('Ольга Смирнова', 'o.smirnova@zelmir-spb.ru'), [rcpt], 'Счёт № 1487 от 02.11.2026',
                     I.rdate(t, 'MSK'), root, cc=[('Бухгалтерия Зелёный Мир', 'buh@zelmir-spb.ru')], hcs='windows-1251', henc='B',
                     mailer=('X-Mailer', 'Microsoft Outlook 16.0'), lang_tag='ru',
                     what='Russian substrate supplier sends an invoice with its bank details (PDF transliterated)',
                     why='Supplier\'s real domain on Yandex 360, known chief accountant, contract and specification references, usual Saint Petersburg bank with valid BIK/account key, phone number for doubts, UPD via Diadok',
                     notes='hn:supplier-lookalike-bank-details,edo-document-signature-phish -- same supplier and same invoice No. 1487; genuine mail from zelmir-spb.ru keeps the Saint Petersburg account')


@m('ru', 'yandex-id-login-notice')
def b_yandex(ctx):
    t = I.T(2026, 12, 14, 7, 2, 40)
    rcpt = W('dmitry.sokolov')
    r = I.yandex_service(ctx.rng, t, rcpt[1])
    r.return_path = '<noreply@id.yandex.ru>'
    html = ('<div style="font-family:Arial,sans-serif;font-size:15px;max-width:560px;color:#000">'
            '<p style="font-size:20px"><b>Яндекс ID</b></p>'
            '<p>Здравствуйте, Дмитрий!</p><p>В ваш аккаунт <b>eg-spb-marketing</b> выполнен вход с нового устройства.</p>'
            '<table style="font-size:14px;color:#333"><tr><td>Время:</td><td>14 декабря 2026, 10:02 (МСК)</td></tr>'
            '<tr><td>Устройство:</td><td>Windows, Яндекс Браузер</td></tr><tr><td>Местоположение:</td><td>Санкт-Петербург, Россия</td></tr></table>'
            '<p>Если это были вы, ничего делать не нужно.</p>'
            '<p>Если вы не входили, <a href="https://id.yandex.ru/security">смените пароль</a> и проверьте список устройств в Яндекс ID.</p>'
            '<p style="font-size:12px;color:#999">Это письмо отправлено автоматически. © 2026 ООО «Яндекс»</p></div>')
    text = """Яндекс ID

Здравствуйте, Дмитрий!

В ваш аккаунт eg-spb-marketing выполнен вход с нового устройства.
Время: 14 декабря 2026, 10:02 (МСК)
Устройство: Windows, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия

Если это были вы, ничего делать не нужно.
Если вы не входили, смените пароль: https://id.yandex.ru/security

Это письмо отправлено автоматически. © 2026 ООО «Яндекс»
"""
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'base64'),
                              Text(html_wrap(html, 'ru', 'Arial').replace('%CHARSET%', 'utf-8'), 'html', 'utf-8', 'base64')],
              ctx.boundary(r))
    return ctx.build(r, 'service', ('Яндекс ID', 'noreply@id.yandex.ru'), [rcpt], 'Вход в аккаунт с нового устройства',
                     I.rdate(t, 'MSK'), a, hcs='utf-8', henc='B',
                     what='Genuine Yandex ID new-device sign-in notice for the office\'s Yandex (Direct/Business) marketing account',
                     why='Delivered by Yandex\'s own forward*.mail.yandex.net servers from noreply@id.yandex.ru, links only to id.yandex.ru, informational',
                     notes='hn:yandex-disk-share-phish -- same brand and same day; genuine notice comes from Yandex servers and links only to id.yandex.ru')


@m('ru', 'customer-question-yandex')
def b_anna(ctx):
    t = I.T(2026, 11, 27, 16, 30, 4)
    rcpt = W('dmitry.sokolov')
    r = I.yandex_web(ctx.rng, t, rcpt[1])
    text = """Здравствуйте!

В сентябре я покупала у вас в садовом центре на Выборгском шоссе три
саженца яблони (сорт «Антоновка», в контейнерах). Две прижились хорошо, а
у третьей после заморозков потрескалась кора на штамбе.

Подскажите, пожалуйста, можно ли её ещё спасти, или лучше весной заменить?
Чек у меня сохранился (от 14.09.2026). Фото могу прислать, если нужно.

Спасибо!
Анна Кузнецова
+7 921 448-31-07
"""
    html = '<div>' + text.replace('\n\n', '</div><div>&nbsp;</div><div>').replace('\n', '</div><div>') + '</div>\n'
    a = Multi('alternative', [Text(text, 'plain', 'utf-8', 'base64'), Text(html, 'html', 'utf-8', 'base64')], ctx.boundary(r))
    return ctx.build(r, 'yandex', ('Анна Кузнецова', 'anna.kuznetsova@yandex.ru'), [rcpt], 'Вопрос по саженцам яблони',
                     I.rdate(t, 'MSK'), a, hcs='utf-8', henc='B',
                     what='Private customer asks about a damaged apple sapling bought at the garden centre',
                     why='Ordinary Yandex web mail from a consumer, concrete purchase and receipt, asks for advice only',
                     notes='')


@m('ru', 'internal-tax-demand-edo')
def b_internal(ctx):
    t = I.T(2026, 10, 23, 7, 10, 55)
    rcpt = W('dmitry.sokolov')
    r = I.internal(ctx.rng, t, rcpt[1], ws_ip='10.80.10.11')
    text = """Дмитрий, добрый день!

Вчера через Контур.Экстерн пришло настоящее требование из МИФНС № 15 о
пояснениях по декларации по НДС за 3 квартал (расхождения по двум
счетам-фактурам ООО «Зелёный Мир»). Квитанцию о приёме я отправила
сегодня, ответ нужно дать до 30.10 - подготовлю сама, от Вас нужна только
подпись пояснений электронной подписью директора.

Для сведения: вчера же на почту пришло поддельное «требование ФНС» с
архивом и паролем - я его не открывала и переслала Лене Шютте в
Ольденбург. Налоговая такие документы по e-mail не присылает, только через
ТКС.

С уважением,
Ирина Волкова
главный бухгалтер
ООО «Экзампл Групп Рус»
"""
    a = alt(ctx, r, text, None, 'koi8-r', 'quoted-printable', bstyle='exchange', lang='ru')
    return ctx.build(r, 'exchange', W('irina.volkova'), [rcpt], 'Требование ИФНС по НДС за 3 кв. - через Экстерн',
                     I.rdate(t, 'CET'), a, cc=[W('lena.schuette')], hcs='koi8-r', henc='B', lang_tag='ru-RU',
                     what='Russian chief accountant informs the office manager about a real tax demand received via the EDO operator and reports the fake one',
                     why='Internal Exchange route, real demand arrived through Kontur.Extern (TKS), no attachment or link, explicitly reports the phishing copy to IT security',
                     notes='hn:tax-demand-encrypted-archive -- same tax demand topic and same days; genuine demand arrives via the EDO operator, the internal mail only informs')


MESSAGES = [b_zelmir, b_yandex, b_anna, b_internal]
