"""Russian attack and business messages (St Petersburg office)."""
from .compose import attack, business, std, outlook_html, paras_html, esc, gmail_html
from .mime import text, html, attachment, Multi, addr
from . import infra as I
from .infra import Env, fdate
from .company import RU
from .docs import letter_pdf, table_lines, PLACEHOLDER
from .pdf import make_pdf
from .zipc import zipcrypto_zip, plain_zip
from .png import banner_png

EG_RU = 'ООО «Экзампл Групп Рус»'


# =============================================================================
# ATTACKS
# =============================================================================
@attack('ru', 'fns-trebovanie-password-zip', (2026, 10, 12, 9, 17, 33), 'olga.smirnova@examplegroup.eu',
        'Fake tax-office (FNS) "requirement to provide explanations" on the Q3 VAT return, with a password-protected ZIP holding "Требование_о_представлении_пояснений.pdf.exe".',
        'FNS sends requirements only through the accredited EDI operator (TKS) as formalised documents, never by e-mail with archives; look-alike domain nalog-trebovanie.ru on a Russian VPS; password in the body to defeat scanning; executable with double extension; 5-day deadline and penalty threat.')
def a_ru_fns(c):
    snd = 'uved@nalog-trebovanie.ru'
    ip = '31.31.%d.%d' % (c.rint(196, 199), c.rint(2, 250))
    env = I.vps_postfix(c, snd, 'mail.nalog-trebovanie.ru', ip, rdns='server%d.hosting.reg.ru' % c.rint(100, 300), mua='none', date_zone='RU')
    body = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 17 по Санкт-Петербургу в ходе камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года выявила расхождения сведений об операциях %s (ИНН %s) с данными, отражёнными контрагентами.

В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение пяти рабочих дней представить пояснения либо внести исправления в налоговую декларацию. Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ.

Требование и перечень расхождений направлены во вложении. Архив защищён паролем в целях сохранения налоговой тайны.
Пароль: 41873

С уважением,
Межрайонная ИФНС России № 17 по Санкт-Петербургу
""" % (EG_RU, RU['eg_inn'])
    z = zipcrypto_zip([('Требование_о_представлении_пояснений.pdf.exe', PLACEHOLDER)], '41873', (2026, 10, 12, 8, 55, 0), seed=c.slug.encode())
    root = Multi('mixed', [text(body, charset='windows-1251', cte='quoted-printable'),
                           attachment(z, 'application/zip', 'Требование_12-08_41873.zip', style='ew', charset='windows-1251')], env.boundary(0))
    return std(env, addr('ФНС России', snd, 'windows-1251', 'B'), 'olga.smirnova@examplegroup.eu',
               'Требование о представлении пояснений № 12-08/41873 от 09.10.2026', root, subj_charset='windows-1251', subj_mode='B')


@attack('ru', 'supplier-rekvizity-lookalike-115fz', (2026, 11, 16, 11, 5, 9), 'olga.smirnova@examplegroup.eu',
        'Supplier bank-detail change from a look-alike of Karernaya Tekhnika (karertekh.ru): the old Sberbank account is "blocked under 115-FZ", pay invoice 1187 to a new Alfa-Bank account; letter PDF attached.',
        'Look-alike domain (real: karertech.ru) on a REG.RU VPS; classic 115-FZ blocking excuse; different INN/OGRN in the letter than the real supplier; urgency. Account and BIK pass the control-key check, so only context reveals fraud. Genuine change announcement: business/37.',
        pair='business/37')
def a_ru_rekv(c):
    snd = 'i.pavlova@karertekh.ru'
    ip = '31.31.%d.%d' % (c.rint(196, 199), c.rint(2, 250))
    env = I.vps_postfix(c, snd, 'mail.karertekh.ru', ip, rdns='server%d.hosting.reg.ru' % c.rint(100, 300), mua='outlook', date_zone='RU',
                        client_ip='185.%d.%d.%d' % (c.rint(220, 230), c.rint(1, 254), c.rint(1, 254)))
    body = """Добрый день, Ольга!

Сообщаем, что наш расчётный счёт в ПАО Сбербанк временно заблокирован банком в рамках проверки по 115-ФЗ. Проверка носит плановый характер, но на время её проведения поступления на счёт невозможны.

Просим оплату по счёту N 1187 от 02.11.2026 (412 860,00 руб., в т.ч. НДС) произвести по новым реквизитам:

Получатель: ООО "Карьерная техника"
ИНН %s
Банк: АО "АЛЬФА-БАНК", г. Москва
БИК %s
к/с %s
р/с %s

Письмо за подписью генерального директора во вложении. Оригинал направим почтой вместе с актом сверки. Просьба подтвердить получение и оплату ответным письмом.

С уважением,
Ирина Павлова
менеджер по работе с клиентами
ООО "Карьерная техника"
""" % (RU['fraud_inn'], RU['fraud_bik'], RU['fraud_corr'], RU['fraud_acc'])
    pdf = letter_pdf(['ООО «Карьерная техника»', 'ИНН %s  ОГРН %s' % (RU['fraud_inn'], RU['fraud_ogrn'])],
                     ['Генеральному директору', EG_RU], 'Исх. № 214 от 15.11.2026', 'Об изменении банковских реквизитов',
                     'Настоящим уведомляем об изменении банковских реквизитов. Оплату просим производить по следующим реквизитам:',
                     ['Генеральный директор                     С. В. Орлов'],
                     extra=['', ('mono', 'Банк: АО «АЛЬФА-БАНК»'), ('mono', 'БИК %s' % RU['fraud_bik']), ('mono', 'к/с %s' % RU['fraud_corr']),
                            ('mono', 'р/с %s' % RU['fraud_acc'])], producer='Microsoft® Word для Microsoft 365', date="20261115184011+03'00'")
    alt = Multi('alternative', [text(body, charset='koi8-r', cte='quoted-printable'), html(outlook_html(body, lang='RU'), charset='koi8-r', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Письмо_смена_реквизитов.pdf', style='ew', charset='koi8-r')], env.boundary(0))
    return std(env, addr('Ирина Павлова', snd, 'koi8-r'), addr('Ольга Смирнова', 'olga.smirnova@examplegroup.eu', 'koi8-r'),
               'Изменение банковских реквизитов ООО "Карьерная техника"', root, subj_charset='koi8-r')


@attack('ru', 'diadoc-lookalike-phish', (2026, 11, 24, 14, 22, 45), 'olga.smirnova@examplegroup.eu',
        'EDI-platform phishing: fake Kontur.Diadok notice of an incoming UPD from the real supplier Karernaya Tekhnika; "open document" link to a look-alike login page.',
        'Domain diadoc-kontur.ru (real: diadoc.ru / kontur.ru) via a bulk ESP (Unisender); document number out of sequence with the real supplier; link harvests Diadok/Kontur credentials (access to e-signature documents). Genuine Diadok notice: business/39.',
        pair='business/39')
def a_ru_diadoc(c):
    snd = 'noreply@diadoc-kontur.ru'
    host = 'smtp%d.unisender.com' % c.rint(10, 60)
    env = I.generic_esp(c, snd, host, host, '77.222.%d.%d' % (c.rint(40, 63), c.rint(1, 254)), 'unisender.com',
                        'bounce-%s@unisender.com' % c.hexs(20), extra=[('X-Mailer', 'UniSender'), ('X-UNISENDER-ID', c.digits(10))], date_zone='RU')
    link = 'https://diadoc-kontur.ru/Box/Incoming/Document?id=%s&utm_source=email' % c.uuid()
    body = """Здравствуйте!

Вам поступил документ от ООО «Карьерная техника»:
Универсальный передаточный документ № 2411 от 23.11.2026
Сумма: 1 284 600,00 руб.

Документ требует подписания. Если документ не будет подписан в течение 3 рабочих дней, отправитель может считать его отклонённым.

Открыть документ: %s

С уважением,
команда Контур.Диадока
""" % link
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center"><tr><td style="padding:16px 0;font-size:20px;color:#e52e3f"><b>Контур.Диадок</b></td></tr>
<tr><td>%s<p><a href="%s" style="background:#0b7ad1;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Открыть документ</a></p>
<p>С уважением,<br>команда Контур.Диадока</p></td></tr></table></body></html>
""" % (paras_html(body.split('Открыть документ')[0]), esc(link))
    alt = Multi('alternative', [text(body, charset='utf-8', cte='base64'), html(h, charset='utf-8', cte='base64')], env.boundary())
    return std(env, addr('Контур.Диадок', snd, 'utf-8', 'B'), 'olga.smirnova@examplegroup.eu',
               'Вам поступил документ на подпись: УПД № 2411 от ООО «Карьерная техника»', alt, subj_mode='B')


@attack('ru', 'pretenziya-fake-lawyer-disk-link', (2026, 12, 9, 10, 51, 17), 'dmitry.sokolov@examplegroup.eu',
        'Fake law firm "pre-trial claim" on behalf of a real customer (StroiBeton-Neva): RUB 1.28 million damages for defective aggregate; "case files" in an attached ZIP (Претензия_118-12_акты_экспертиза.pdf.scr) and mirrored on a Yandex-Disk look-alike.',
        'Sent from a free yandex.ru mailbox (abused genuine provider) by a "law firm"; customer name used without any prior complaint; 10-day court threat; archive with a screensaver executable disguised as PDF; mirror link on disk-yandex.ru (real: disk.yandex.ru). Malware delivery.')
def a_ru_pretenziya(c):
    snd = 'nord.pravo.spb@yandex.ru'
    env = I.yandex(c, snd)
    link = 'https://disk-yandex.ru/d/%s' % c.alnum(14)
    body = """Генеральному директору
%s

ДОСУДЕБНАЯ ПРЕТЕНЗИЯ № 118/12

Юридическая компания «Норд-Право», действующая в интересах ООО «СтройБетон-Нева» (ИНН %s) на основании доверенности, сообщает следующее.

В период с 14.10.2026 по 28.10.2026 Вашей организацией по договору поставки поставлен щебень гранитный фракции 5-20 мм, не соответствующий ГОСТ 8267-93 по содержанию зёрен пластинчатой формы. В результате использования продукции нашему доверителю причинены убытки в размере 1 284 600,00 руб., что подтверждается заключением независимой экспертизы.

Требуем в течение 10 (десяти) календарных дней с момента получения настоящей претензии возместить указанные убытки. В противном случае доверитель будет вынужден обратиться в Арбитражный суд города Санкт-Петербурга и Ленинградской области с взысканием судебных расходов.

Материалы дела (акты, заключение экспертизы, фотофиксация) прилагаются в архиве. В случае проблем с вложением материалы также доступны по ссылке:
%s

С уважением,
юрист ЮК «Норд-Право»
Белова Анна Сергеевна
+7 (812) 409-18-27
""" % (EG_RU, RU['stroibeton_inn'], link)
    h = '<div>' + ''.join('<div>%s</div>' % (esc(l) if l else '&nbsp;') for l in body.rstrip('\n').split('\n')) + '</div>'
    h = h.replace(esc(link), '<a href="%s">%s</a>' % (esc(link), esc(link)))
    alt = Multi('alternative', [text(body, charset='windows-1251', cte='quoted-printable'), html(h, charset='windows-1251', cte='quoted-printable')], env.boundary())
    z = plain_zip([('Претензия_118-12_акты_экспертиза.pdf.scr', PLACEHOLDER)], (2026, 12, 9, 10, 20, 4))
    root = Multi('mixed', [alt, attachment(z, 'application/zip', 'Претензия_118-12_материалы.zip', style='2231')], env.boundary())
    return std(env, addr('ЮК Норд-Право', snd, 'windows-1251', 'B'), 'dmitry.sokolov@examplegroup.eu',
               'Досудебная претензия № 118/12 - ООО «Экзампл Групп Рус»', root, subj_charset='windows-1251', subj_mode='B')


# =============================================================================
# BUSINESS
# =============================================================================
@business('ru', 'supplier-rekvizity-change-genuine', (2026, 12, 1, 10, 30, 55), 'olga.smirnova@examplegroup.eu',
          'Genuine notice from Karernaya Tekhnika (Yandex 360 for business, Outlook): new bank (Bank Saint Petersburg) from 1 January 2027, signed letter with the real INN/KPP/OGRN, asks for call-back confirmation.',
          'Real domain karertech.ru via Yandex\'s mail servers, long lead time, same company details as before, old account valid until 31 December, verification by phone with the chief accountant. Settlement and correspondent accounts pass the BIK control key. Hard negative of attack/38.',
          pair='attack/38')
def b_ru_rekv(c):
    snd = 'buh@karertech.ru'
    env = I.yandex(c, snd, web=False)
    mid, extra, bst = I.mua_fields(c, 'outlook', 'karertech.ru', 'RU')
    env.mid, env.extra, env.bstyle = mid, extra + env.extra, bst
    body = """Уважаемые коллеги!

Уведомляем вас о том, что с 01.01.2027 ООО "Карьерная техника" переходит на обслуживание в ПАО "Банк "Санкт-Петербург". До 31.12.2026 включительно оплату просим производить по прежним реквизитам (ПАО Сбербанк, р/с %s).

Новые реквизиты (с 01.01.2027):
Банк: ПАО "Банк "Санкт-Петербург"
БИК %s
к/с %s
р/с %s

Наименование, ИНН (%s) и КПП (%s) не меняются. Письмо за подписью генерального директора и главного бухгалтера прилагаем, оригинал направим вместе с закрывающими документами за декабрь.

Просим подтвердить получение уведомления звонком нашему главному бухгалтеру Елене Викторовне Морозовой по известному вам номеру +7 (812) 336-41-70.

С уважением,
бухгалтерия ООО "Карьерная техника"
""" % (RU['karertech_old'], RU['bspb_bik'], RU['bspb_corr'], RU['karertech_new'], RU['karertech_inn'], RU['karertech_kpp'])
    pdf = letter_pdf(['ООО «Карьерная техника»', 'ИНН %s  КПП %s  ОГРН %s' % (RU['karertech_inn'], RU['karertech_kpp'], RU['karertech_ogrn']),
                      '195027, Санкт-Петербург, Свердловская наб. 44'],
                     ['Генеральному директору', EG_RU], 'Исх. № 388 от 30.11.2026', 'Об изменении банковских реквизитов с 01.01.2027',
                     'Уведомляем об изменении обслуживающего банка с 01.01.2027. До 31.12.2026 действуют прежние реквизиты (ПАО Сбербанк, р/с %s).' % RU['karertech_old'],
                     ['Генеральный директор          А. Н. Гусев', 'Главный бухгалтер               Е. В. Морозова'],
                     extra=['', ('mono', 'Банк: ПАО «Банк «Санкт-Петербург»'), ('mono', 'БИК %s' % RU['bspb_bik']), ('mono', 'к/с %s' % RU['bspb_corr']),
                            ('mono', 'р/с %s' % RU['karertech_new'])], producer='Microsoft® Word 2019', date="20261130153012+03'00'")
    alt = Multi('alternative', [text(body, charset='windows-1251', cte='quoted-printable'), html(outlook_html(body, lang='RU'), charset='windows-1251', cte='quoted-printable')], env.boundary(1))
    root = Multi('mixed', [alt, attachment(pdf, 'application/pdf', 'Уведомление_смена_банка_2027.pdf', style='ew', charset='windows-1251')], env.boundary(0))
    return std(env, addr('Бухгалтерия Карьерная техника', snd, 'windows-1251', 'B'), addr('Смирнова Ольга', 'olga.smirnova@examplegroup.eu', 'windows-1251', 'B'),
               'Уведомление о смене банковских реквизитов с 01.01.2027', root, subj_charset='windows-1251', subj_mode='B')


@business('ru', 'yandex-id-new-device', (2026, 10, 26, 20, 3, 44), 'dmitry.sokolov@examplegroup.eu',
          'Genuine Yandex ID notice: sign-in to the office\'s Yandex account (used for Yandex Direct/Business) from a new device in St Petersburg.',
          'Sent through Yandex\'s own forward*.mail.yandex.net servers from id.yandex.ru, standard template, "if it was you, nothing to do", links only to id.yandex.ru.')
def b_ru_yandexid(c):
    snd = 'noreply@id.yandex.ru'
    env = I.yandex(c, snd, web=False)
    env.mid = '<%s@%s.yp-c.yandex.net>' % (c.digits(19), c.pick(['vla', 'sas', 'myt']))
    env.extra = [('X-Yandex-Service', c.b64(24))]
    body = """Здравствуйте, Дмитрий!

В ваш аккаунт eg-rus-direct выполнен вход с нового устройства.

Устройство: Windows, Chrome 142
Местоположение: Санкт-Петербург, Россия
Время: 26 октября 2026 г. в 22:02 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль и завершите сеансы на других устройствах: https://id.yandex.ru/security

С уважением,
команда Яндекс ID
"""
    h = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'YS Text',Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="560" align="center" style="background:#fff;margin:24px auto;border-radius:12px"><tr><td style="padding:28px">
<div style="font-size:22px;font-weight:bold;margin-bottom:16px">Вход с нового устройства</div>%s
<p><a href="https://id.yandex.ru/security" style="color:#0077ff">Управление безопасностью</a></p></td></tr></table></body></html>
""" % paras_html(body)
    alt = Multi('alternative', [text(body, charset='utf-8', cte='quoted-printable'), html(h, charset='utf-8', cte='quoted-printable')], env.boundary())
    return std(env, addr('Яндекс ID', snd, 'utf-8', 'B'), 'dmitry.sokolov@examplegroup.eu', 'Вход в аккаунт с нового устройства', alt, subj_mode='B', style='generic')


@business('ru', 'diadoc-genuine-upd', (2026, 11, 20, 9, 40, 26), 'olga.smirnova@examplegroup.eu',
          'Genuine Kontur.Diadok notification: supplier Karernaya Tekhnika sent UPD No. 2389 for signature.',
          'Sent from Kontur\'s own mail servers and diadoc.ru, document number in the supplier\'s real sequence, links only to diadoc.kontur.ru. Hard negative of attack/39.',
          pair='attack/39')
def b_ru_diadoc(c):
    snd = 'noreply@diadoc.ru'
    host = 'mail%d.kontur.ru' % c.rint(1, 6)
    ip = '46.17.%d.%d' % (c.rint(200, 207), c.rint(1, 254))
    env = Env(c, (host, host, ip), ['from diadoc-notifier%d.kontur (unknown [10.34.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s'
                                    % (c.rint(1, 9), c.rint(1, 254), c.rint(1, 254), host, c.hexs(10, True), c.rcpt, fdate(c.at(1), 'RU', True))],
              '<%s@diadoc.ru>' % c.uuid(), [('X-Mailer', 'Diadoc.Notifier'), ('Auto-Submitted', 'auto-generated')], 'bounce@diadoc.ru', 'RU', 2, bstyle='hex')
    link = 'https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&entityId=%s' % (c.uuid(), c.uuid(), c.uuid())
    body = """Здравствуйте!

В ящик организации %s поступил документ:

Отправитель: ООО "Карьерная техника", ИНН %s
Документ: УПД № 2389 от 19.11.2026 (счёт-фактура и передаточный документ)
Сумма: 412 860,00 руб., в т.ч. НДС
Требуется подпись получателя.

Открыть документ в Диадоке: %s

Это автоматическое уведомление. Настроить уведомления можно в Диадоке в разделе "Настройки > Уведомления".
АО "ПФ "СКБ Контур"
""" % (EG_RU.replace('«', '"').replace('»', '"'), RU['karertech_inn'], link)
    alt = Multi('alternative', [text(body, charset='windows-1251', cte='base64'),
                                html('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body style="font-family:Arial,sans-serif">' + paras_html(body) + '</body></html>', charset='windows-1251', cte='base64')],
                env.boundary())
    return std(env, addr('Диадок', snd, 'windows-1251', 'B'), 'olga.smirnova@examplegroup.eu',
               'Новый документ от ООО "Карьерная техника": УПД № 2389 от 19.11.2026', alt, subj_charset='windows-1251', subj_mode='B')


@business('ru', 'haulier-truck-breakdown-koi8', (2026, 10, 20, 6, 48, 31), 'dmitry.sokolov@examplegroup.eu',
          'Genuine early-morning message from an owner-driver haulier (The Bat! over Yandex SMTP, KOI8-R): truck broke down at the quarry exit, fewer trips today, photo attached.',
          'Real Yandex infrastructure, long-known private address, informal and specific (truck plate, trips), no links, no money request.')
def b_ru_haulier(c):
    snd = 'a.kuznetsov78@yandex.ru'
    env = I.yandex(c, snd, web=False)
    mid, extra, bst = I.mua_fields(c, 'thebat', 'yandex.ru', 'RU')
    env.mid, env.bstyle = mid, 'hex'
    env.extra = [x for x in extra if x[0] == 'X-Mailer'] + env.extra
    body = """Дмитрий, доброе утро.

Камаз А 417 ОР 47 встал на выезде из карьера в Каменногорске - полуось, ждём запчасть из Выборга. Сегодня вывезу только 4 рейса на Парнас вместо 7, оставшиеся три сделаю завтра с утра, с мастером на площадке договорился.

Фото во вложении, чтобы было понятно. Если надо, могу дать вторую машину с обеда, но она на 20 т, а не на 25.

Андрей Кузнецов
8-921-744-18-30
"""
    photo = banner_png(320, 240, (150, 160, 170), (0, 0, 0), bars=[(0, 150, 320, 90, (120, 110, 95)), (60, 90, 180, 70, (200, 120, 30)),
                                                                    (70, 150, 30, 30, (20, 20, 20)), (200, 150, 30, 30, (20, 20, 20))])
    root = Multi('mixed', [text(body, charset='koi8-r', cte='8bit'), attachment(photo, 'image/png', 'kamaz.png')], '----------%s' % c.hexs(12, True))
    return std(env, addr('Андрей Кузнецов', snd, 'koi8-r', 'B'), addr('Дмитрий Соколов', 'dmitry.sokolov@examplegroup.eu', 'koi8-r', 'B'),
               'Камаз сломался, сегодня 4 рейса', root, subj_charset='koi8-r', subj_mode='B', style='generic')
