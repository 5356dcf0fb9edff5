"""Attack messages 37-40 (Russian)."""
from lib import *

F = 'attack'


def a37():
    nr = '15-08/%05d' % hnum('a37', 10000, 99999)
    body = """Уважаемый налогоплательщик!

Межрайонная инспекция ФНС России № 15 по Санкт-Петербургу в соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации направляет требование № {nr} о представлении пояснений к налоговой декларации по НДС за 3 квартал 2026 года в отношении ООО «Экзампл Груп Рус» (ИНН {inn}).

В ходе камеральной налоговой проверки выявлены расхождения между сведениями об операциях, содержащимися в декларации, и сведениями, представленными вашими контрагентами.

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений влечет ответственность по статье 129.1 НК РФ.

Текст требования и перечень расхождений прилагаются в защищенном архиве.
Пароль для открытия архива: 2026

С уважением,
Отдел камеральных проверок № 2
Межрайонная ИФНС России № 15 по Санкт-Петербургу
""".format(nr=nr, inn=RU['ex_inn'])
    z = zipc.zip_crypto([('Требование_о_представлении_пояснений_%s.pdf.exe' % nr.replace('/', '-'),
                          b'placeholder - inert test file for a mail filter evaluation, not an executable\r\n')],
                        '2026', 'a37', dt=(2026, 10, 14, 9, 12, 40))
    htm = '<div>' + '</div>\n<div>'.join(h2t(l) if l else '&nbsp;' for l in body.split('\n')) + '</div>\n'
    Mail(F, 37, 'ru', 'fns-trebovanie-arkhiv-s-parolem',
         YandexMail(), T(2026, 10, 14, 6, 50, 31),
         ('Межрайонная ИФНС России № 15', 'ifns15-spb.trebovanie@yandex.ru'), [S('ru_acc')],
         'Требование № %s о представлении пояснений (ст. 88 НК РФ)' % nr,
         mixed(alt(text(body, 'utf-8', 'base64'), html(htm, 'utf-8', 'base64')),
               Part('application/zip', z, cte='base64', filename='Требование_%s.zip' % nr.replace('/', '-'),
                    disposition='attachment', fname_style='2047',
                    label='ZipCrypto, password 2026 in body; contains ...pdf.exe (one-line placeholder)')),
         what='Fake tax-office (FNS) demand for explanations with a password-protected archive.',
         why='A tax inspectorate does not write from yandex.ru and sends demands through the operator of electronic '
             'document exchange (TKS), not as e-mail archives; the ZIP is encrypted (password in the text, so gateways '
             'cannot scan it) and contains a .pdf.exe - malware delivery.')


def a38():
    body = """Добрый день, Ольга!

Направляем вам уведомление о смене банковских реквизитов ООО "Балтийская стивидорная компания".

В связи с переходом на расчетно-кассовое обслуживание в другой банк с 16.11.2026 просим производить оплату по всем счетам, в том числе по счетам N 1204 и N 1231 за октябрь-ноябрь (итого 1 264 380,00 руб.), по следующим реквизитам:

Получатель: ООО "БСК"
ИНН {inn} / КПП {kpp}
Р/с {acc}
Банк: {bank}
БИК {bik}
К/с {corr}

Счет в ПАО Сбербанк закрывается, платежи на старые реквизиты будут возвращены. Оригинал письма за подписью генерального директора направим почтой.

Просьба подтвердить получение письма ответом на этот адрес.

С уважением,
Андрей Петров
Финансовый менеджер
ООО "Балтийская стивидорная компания"
тел. +7 (812) 449-17-30
""".format(inn=RU['bsk_inn'], kpp=RU['bsk_kpp'], acc=RU['fake_acc'], bank=RU['fake_bank'].replace('«', '"').replace('»', '"'),
           bik=RU['fake_bik'], corr=RU['fake_corr'])
    Mail(F, 38, 'ru', 'bsk-dvoynik-domena-smena-rekvizitov',
         OutlookSMTP(tr=OwnExim(host='vh342.timeweb.ru', ip='92.53.96.142', pc='DESKTOP-3RS0KQ9', user_ip='5.188.62.11'),
                     lang='ru', zone='MSK'),
         T(2026, 11, 17, 9, 5, 58), ('Андрей Петров', 'a.petrov@balt-stevedore.ru'), [S('ru_acc')],
         'Смена банковских реквизитов ООО "БСК"',
         outlook_alt(body, 'koi8-r', cte_plain='base64', cte_html='base64'),
         what='Stevedore bank-detail change from a look-alike domain, new account at another bank.',
         why='balt-stevedore.ru (extra "e"; real: balt-stevedor.ru) hosted at Timeweb; new settlement account '
             + RU['fake_acc'] + ' at BIK ' + RU['fake_bik'] + ' (valid control key) for two open invoices; '
             'confirmation by e-mail only - supplier-impersonation BEC (genuine БСК invoice: business/37).')


def a39():
    rcpt = S('ru_mgr')
    link = 'https://passport.yandex.ru.id-security-check.com/auth/verify?retpath=%s' % hx('a39', 18, ALNUM)
    plain = """Яндекс ID

Вход в аккаунт с нового устройства

Здравствуйте, {name}!

Мы заметили вход в ваш аккаунт {login} с нового устройства.

Устройство: Windows 10, Chrome 131
Местоположение: Стамбул, Турция
IP-адрес: 185.102.136.74
Время: 28 ноября 2026, 22:41 (МСК)

Если это были не вы, ваш аккаунт может быть взломан. Срочно смените пароль и завершите все сеансы:
{link}

Если вход выполнили вы, просто проигнорируйте это письмо.

С заботой о безопасности,
команда Яндекс ID
""".format(name='Дмитрий', login=rcpt[1], link=link)
    htm = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;color:#000;background:#f2f2f2">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto;border-radius:12px"><tr><td style="padding:28px">
<div style="font-size:20px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</div>
<h2 style="font-size:22px">Вход в аккаунт с нового устройства</h2>
<p>Здравствуйте, Дмитрий!</p><p>Мы заметили вход в ваш аккаунт <b>{login}</b> с нового устройства.</p>
<p style="background:#f5f5f5;padding:12px;font-size:14px">Устройство: Windows 10, Chrome 131<br>Местоположение: Стамбул, Турция<br>IP-адрес: 185.102.136.74<br>Время: 28 ноября 2026, 22:41 (МСК)</p>
<p>Если это были не вы, ваш аккаунт может быть взломан.</p>
<p><a href="{link}" style="background:#ffdb4d;color:#000;padding:12px 22px;text-decoration:none;border-radius:8px">Сменить пароль</a></p>
<p style="font-size:13px;color:#777">Если вход выполнили вы, просто проигнорируйте это письмо.<br>С заботой о безопасности, команда Яндекс ID</p>
</td></tr></table></body></html>
""".format(login=rcpt[1], link=link)
    Mail(F, 39, 'ru', 'yandex-id-novoe-ustroystvo-phishing',
         PHPMailer(tr=VPSPostfix(host='mail.id-security-check.com', rdns='vm1287634.firstbyte.club', ip='91.215.153.48',
                                 lan='127.0.0.1', user_ip='127.0.0.1'), host_id='id-security-check.com', ver='6.9.1', zone='MSK'),
         T(2026, 11, 28, 19, 44, 8), ('Яндекс ID', 'noreply@id-security-check.com'), [rcpt],
         'Вход в аккаунт с нового устройства',
         alt(text(plain, 'windows-1251', 'base64'), html(htm.replace('charset="utf-8"', 'charset="windows-1251"'), 'windows-1251', 'quoted-printable')),
         hcs='windows-1251', hmode='B',
         what='Fake Yandex ID new-device sign-in alert with a "change password" button.',
         why='Sent from id-security-check.com on a FirstByte VPS, not from Yandex (compare the genuine alert in '
             'business/38); link host passport.yandex.ru.id-security-check.com collects the password - credential '
             'phishing.')


def a40():
    link = 'https://diadoc.kontur.ru.edo-dokument.com/%s/Document/Show?letterId=%s' % (hx('a40b', 8), guid_ru('a40'))
    plain = """Диадок

Вам пришел документ на подпись

Отправитель: ООО "Балтийская стивидорная компания"
Получатель: ООО "Экзампл Груп Рус"
Документ: Универсальный передаточный документ N 1262 от 30.11.2026
Сумма: 684 210,00 руб., в т.ч. НДС

Контрагент запросил подпись. Срок подписания - 2 рабочих дня, после чего документ будет считаться отклоненным.

Перейти к документу:
{link}

Для входа используйте логин и пароль от Диадока или электронную подпись.

Это письмо сформировано автоматически.
Контур.Диадок - система электронного документооборота
""".format(link=link)
    Mail(F, 40, 'ru', 'diadok-dokument-na-podpis-phishing',
         SES(region='eu-west-1', date_zone='MSK'), T(2026, 12, 10, 7, 36, 52),
         ('Диадок', 'noreply@edo-dokument.com'), [S('ru_acc')],
         'Вам пришел документ на подпись от ООО "Балтийская стивидорная компания"',
         text(plain, 'windows-1251', 'quoted-printable'), hcs='windows-1251', hmode='B',
         what='Fake Kontur.Diadok (Russian e-document exchange) notice: UPD waiting for signature.',
         why='Diadok notifications come from Kontur\'s own servers (business/39), not via Amazon SES from '
             'edo-dokument.com; link host diadoc.kontur.ru.edo-dokument.com harvests the Diadok login / signature; '
             'uses a real counterparty name for credibility.')


def guid_ru(seed):
    h = hx(seed, 32)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def build():
    for f in (a37, a38, a39, a40):
        f()
