<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The workspace folder %1 does not exist.</source>
        <translation>The workspace folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Create the demo program first with: smartcert demo</source>
        <translation>Create the demo program first with: smartcert demo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <source>Open the folder of an evaluator or program workspace</source>
        <translation>Open the folder of an evaluator or program workspace</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>&amp;Start Page</translation>
    </message>
    <message>
        <source>Status &amp;Bar</source>
        <translation>Status &amp;Bar</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Smart City Certification</source>
        <translation>&amp;About Smart City Certification</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Offline written evaluation for smart city certification (스마트도시 인증): evaluators score on their own computers and submit signed score bundles; the operating agency merges them and computes the grades.</source>
        <translation>Offline written evaluation for smart city certification (스마트도시 인증): evaluators score on their own computers and submit signed score bundles; the operating agency merges them and computes the grades.</translation>
    </message>
    <message>
        <source>Sample framework.</source>
        <translation>Sample framework.</translation>
    </message>
    <message>
        <source>The indicator framework included with this program is a sample that matches the published counts (3 domains, 10 items, 63 indicators, 2,000 points); it is not the official indicator set. Grade thresholds other than the 70% certification line are assumptions too. The operating agency replaces both with its official framework workbook.</source>
        <translation>The indicator framework included with this program is a sample that matches the published counts (3 domains, 10 items, 63 indicators, 2,000 points); it is not the official indicator set. Grade thresholds other than the 70% certification line are assumptions too. The operating agency replaces both with its official framework workbook.</translation>
    </message>
    <message>
        <source>About Smart City Certification</source>
        <translation>About Smart City Certification</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) still running. Stop and close?</source>
        <translation>
            <numerusform>%n task still running. Stop and close?</numerusform>
            <numerusform>%n tasks still running. Stop and close?</numerusform>
        </translation>
    </message>
    <message>
        <source>What has been saved so far is kept.</source>
        <translation>What has been saved so far is kept.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Smart City Certification</source>
        <translation>Smart City Certification</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s); see Show Details.</source>
        <translation>
            <numerusform>… and %n more problem; see Show Details.</numerusform>
            <numerusform>… and %n more problems; see Show Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Everything that was saved before is kept; the last action may not have been completed, so please check its result.</source>
        <translation>Something went wrong inside the program. Everything that was saved before is kept; the last action may not have been completed, so please check its result.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>The details were written to %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase of at least %1 characters. It protects your private key; it cannot be recovered if it is lost.</source>
        <translation>Choose a passphrase of at least %1 characters. It protects your private key; it cannot be recovered if it is lost.</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key.</source>
        <translation>Enter the passphrase of your key.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Show passphrase</translation>
    </message>
    <message>
        <source>Weak: one of the passwords tried first</source>
        <translation>Weak: one of the passwords tried first</translation>
    </message>
    <message>
        <source>Weak: repeats the same characters</source>
        <translation>Weak: repeats the same characters</translation>
    </message>
    <message>
        <source>Weak: too short; use at least 12 characters or several words</source>
        <translation>Weak: too short; use at least 12 characters or several words</translation>
    </message>
    <message>
        <source>Short: use at least 12 characters or several words</source>
        <translation>Short: use at least 12 characters or several words</translation>
    </message>
    <message>
        <source>Weak: easy to guess; add more words</source>
        <translation>Weak: easy to guess; add more words</translation>
    </message>
    <message>
        <source>Fair: a few more words would make it strong</source>
        <translation>Fair: a few more words would make it strong</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>The passphrase needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>SaveStateIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>All changes saved at %1</translation>
    </message>
    <message>
        <source>All changes saved on %1</source>
        <translation>All changes saved on %1</translation>
    </message>
    <message>
        <source>Every change is written to the workspace as soon as it is made. Last save: %1</source>
        <translation>Every change is written to the workspace as soon as it is made. Last save: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Written evaluation of smart city certification applicants, offline and signed.</source>
        <translation>Written evaluation of smart city certification applicants, offline and signed.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation>Open Workspace…</translation>
    </message>
    <message>
        <source>Choose your role</source>
        <translation>Choose your role</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Score the applicants assigned to you and submit a signed score bundle.</source>
        <translation>Score the applicants assigned to you and submit a signed score bundle.</translation>
    </message>
    <message>
        <source>Chair / Operating agency</source>
        <translation>Chair / Operating agency</translation>
    </message>
    <message>
        <source>Prepare the round, merge the evaluators&apos; score bundles and publish the results.</source>
        <translation>Prepare the round, merge the evaluators&apos; score bundles and publish the results.</translation>
    </message>
    <message>
        <source>The indicator framework included with this program is a sample, not the official indicator set.</source>
        <translation>The indicator framework included with this program is a sample, not the official indicator set.</translation>
    </message>
</context>
<context>
    <name>UnavailablePage</name>
    <message>
        <source>The screens for this role are not part of this version of the program.</source>
        <translation>The screens for this role are not part of this version of the program.</translation>
    </message>
    <message>
        <source>Back to the Start Page</source>
        <translation>Back to the Start Page</translation>
    </message>
</context>
</TS>
