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
    <message>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
</context>
<context>
    <name>ApplicantListPage</name>
    <message>
        <source>&lt;b&gt;Evaluator %1&lt;/b&gt; %2 · key fingerprint %3</source>
        <translation>&lt;b&gt;Evaluator %1&lt;/b&gt; %2 · key fingerprint %3</translation>
    </message>
    <message>
        <source>Program: %1 · program key %2 · package %3</source>
        <translation>Program: %1 · program key %2 · package %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s) assigned</source>
        <translation>
            <numerusform>%n applicant assigned</numerusform>
            <numerusform>%n applicants assigned</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation>All applicants</translation>
    </message>
    <message>
        <source>Still to score</source>
        <translation>Still to score</translation>
    </message>
    <message>
        <source>Search code, name or province (Ctrl+F)</source>
        <translation>Search code, name or province (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Open Score Form</source>
        <translation>&amp;Open Score Form</translation>
    </message>
    <message>
        <source>&amp;Import Assignment Package…</source>
        <translation>&amp;Import Assignment Package…</translation>
    </message>
    <message>
        <source>E&amp;xport Score Sheet…</source>
        <translation>E&amp;xport Score Sheet…</translation>
    </message>
    <message>
        <source>&amp;Review and Submit…</source>
        <translation>&amp;Review and Submit…</translation>
    </message>
    <message>
        <source>Import Score &amp;Sheet…</source>
        <translation>Import Score &amp;Sheet…</translation>
    </message>
</context>
<context>
    <name>ApplicantReviewModel</name>
    <message>
        <source>%1: qualitative total %2</source>
        <translation>%1: qualitative total %2</translation>
    </message>
    <message>
        <source>Deviation: %1</source>
        <translation>Deviation: %1</translation>
    </message>
    <message>
        <source>Quantitative indicators: the value in effect (reported, or accepted by the chair)</source>
        <translation>Quantitative indicators: the value in effect (reported, or accepted by the chair)</translation>
    </message>
    <message>
        <source>Each evaluator&apos;s points on 0 … max: dots; hollow: trimmed; red line: result</source>
        <translation>Each evaluator&apos;s points on 0 … max: dots; hollow: trimmed; red line: result</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1 was trimmed on this indicator (highest or lowest); not counted.</source>
        <translation>%1 was trimmed on this indicator (highest or lowest); not counted.</translation>
    </message>
    <message>
        <source>%1 found %2; the chair has not decided yet.</source>
        <translation>%1 found %2; the chair has not decided yet.</translation>
    </message>
    <message>
        <source>%1 found %2; the chair dismissed it.</source>
        <translation>%1 found %2; the chair dismissed it.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pending correction: %1 found %2</source>
        <translation>Pending correction: %1 found %2</translation>
    </message>
</context>
<context>
    <name>ApplicantTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>City type</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
    <message>
        <source>%1 of %2 indicators scored</source>
        <translation>%1 of %2 indicators scored</translation>
    </message>
</context>
<context>
    <name>ApplicantsModel</name>
    <message>
        <source>Quantitative indicators with a value, of all quantitative indicators</source>
        <translation>Quantitative indicators with a value, of all quantitative indicators</translation>
    </message>
    <message>
        <source>Qualitative indicators with the applicant&apos;s own level (self-assessment)</source>
        <translation>Qualitative indicators with the applicant&apos;s own level (self-assessment)</translation>
    </message>
    <message>
        <source>Evaluators assigned to the applicant</source>
        <translation>Evaluators assigned to the applicant</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>City type</translation>
    </message>
    <message>
        <source>Reported values</source>
        <translation>Reported values</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ApplicantsPage</name>
    <message>
        <source>Reported values (%1)</source>
        <translation>Reported values (%1)</translation>
    </message>
    <message>
        <source>Evidence documents (%1)</source>
        <translation>Evidence documents (%1)</translation>
    </message>
    <message>
        <source>Double-click a document to open it.</source>
        <translation>Double-click a document to open it.</translation>
    </message>
    <message>
        <source>%1 applicants: %2 large, %3 small or medium cities</source>
        <translation>%1 applicants: %2 large, %3 small or medium cities</translation>
    </message>
    <message>
        <source>Select an applicant to see its reported values and documents.</source>
        <translation>Select an applicant to see its reported values and documents.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign Evaluators</source>
        <translation>Assign Evaluators</translation>
    </message>
    <message>
        <source>Every applicant gets the same number of evaluators, none in conflict with it, and every evaluator about the same number of applicants. The same seed always gives the same assignment.</source>
        <translation>Every applicant gets the same number of evaluators, none in conflict with it, and every evaluator about the same number of applicants. The same seed always gives the same assignment.</translation>
    </message>
    <message>
        <source>Evaluators per &amp;applicant:</source>
        <translation>Evaluators per &amp;applicant:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message numerus="yes">
        <source>This replaces the current %n assignment(s).</source>
        <translation>
            <numerusform>This replaces the current %n assignment.</numerusform>
            <numerusform>This replaces the current %n assignments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluator(s) have already submitted: their sheets count only for applicants still assigned to them.</source>
        <translation>
            <numerusform>%n evaluator have already submitted: their sheets count only for applicants still assigned to them.</numerusform>
            <numerusform>%n evaluators have already submitted: their sheets count only for applicants still assigned to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentMatrixModel</name>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Applicants assigned to the evaluator</source>
        <translation>Applicants assigned to the evaluator</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>Evaluators assigned to the applicant</source>
        <translation>Evaluators assigned to the applicant</translation>
    </message>
    <message>
        <source>%1 has a declared conflict with %2 and is never assigned to it.</source>
        <translation>%1 has a declared conflict with %2 and is never assigned to it.</translation>
    </message>
    <message>
        <source>%1 scores %2.</source>
        <translation>%1 scores %2.</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <source>%1 assigned   %2 conflict of interest</source>
        <translation>%1 assigned   %2 conflict of interest</translation>
    </message>
    <message>
        <source>No assignments yet. Assign automatically, or import an assignments workbook (sheet Assignments: evaluator_id, applicant_code).</source>
        <translation>No assignments yet. Assign automatically, or import an assignments workbook (sheet Assignments: evaluator_id, applicant_code).</translation>
    </message>
    <message>
        <source>%1 assignments. Evaluators per applicant: %2 to %3. Applicants per evaluator: %4 to %5.</source>
        <translation>%1 assignments. Evaluators per applicant: %2 to %3. Applicants per evaluator: %4 to %5.</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <source>or drop score bundle files (.scb) anywhere on this page.</source>
        <translation>or drop score bundle files (.scb) anywhere on this page.</translation>
    </message>
    <message>
        <source>Imported bundles</source>
        <translation>Imported bundles</translation>
    </message>
    <message>
        <source>Who has scored whom</source>
        <translation>Who has scored whom</translation>
    </message>
    <message>
        <source>No bundle imported in this session yet.</source>
        <translation>No bundle imported in this session yet.</translation>
    </message>
    <message>
        <source>%1 of %2 expected sheets are complete; %3 incomplete, %4 recused, %5 missing.</source>
        <translation>%1 of %2 expected sheets are complete; %3 incomplete, %4 recused, %5 missing.</translation>
    </message>
    <message>
        <source>Waiting for: %1.</source>
        <translation>Waiting for: %1.</translation>
    </message>
</context>
<context>
    <name>ChairActions</name>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;New Program…</translation>
    </message>
    <message>
        <source>&amp;Open Program Workspace…</source>
        <translation>&amp;Open Program Workspace…</translation>
    </message>
    <message>
        <source>Import &amp;Applicants…</source>
        <translation>Import &amp;Applicants…</translation>
    </message>
    <message>
        <source>Add &amp;Evidence Documents…</source>
        <translation>Add &amp;Evidence Documents…</translation>
    </message>
    <message>
        <source>Declare &amp;Conflicts…</source>
        <translation>Declare &amp;Conflicts…</translation>
    </message>
    <message>
        <source>Import Assignments &amp;Workbook…</source>
        <translation>Import Assignments &amp;Workbook…</translation>
    </message>
    <message>
        <source>Import Score &amp;Bundles…</source>
        <translation>Import Score &amp;Bundles…</translation>
    </message>
    <message>
        <source>&amp;Dismiss Correction…</source>
        <translation>&amp;Dismiss Correction…</translation>
    </message>
    <message>
        <source>Export Res&amp;ults…</source>
        <translation>Export Res&amp;ults…</translation>
    </message>
    <message>
        <source>Write Result &amp;Sheets (PDF)…</source>
        <translation>Write Result &amp;Sheets (PDF)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Enrol Evalua&amp;tor…</source>
        <translation>Enrol Evalua&amp;tor…</translation>
    </message>
    <message>
        <source>Assi&amp;gn Automatically…</source>
        <translation>Assi&amp;gn Automatically…</translation>
    </message>
    <message>
        <source>E&amp;xport Packages…</source>
        <translation>E&amp;xport Packages…</translation>
    </message>
    <message>
        <source>Accept Correct&amp;ion…</source>
        <translation>Accept Correct&amp;ion…</translation>
    </message>
    <message>
        <source>P&amp;review Result Sheet…</source>
        <translation>P&amp;review Result Sheet…</translation>
    </message>
    <message>
        <source>Add or update applicants, reported values and self-assessments from an applicants workbook</source>
        <translation>Add or update applicants, reported values and self-assessments from an applicants workbook</translation>
    </message>
    <message>
        <source>Attach PDF evidence documents to the selected applicant</source>
        <translation>Attach PDF evidence documents to the selected applicant</translation>
    </message>
    <message>
        <source>Enrol an evaluator from the enrollment.json they sent</source>
        <translation>Enrol an evaluator from the enrollment.json they sent</translation>
    </message>
    <message>
        <source>Write a signed assignment package (.scpkg) for every evaluator with assignments</source>
        <translation>Write a signed assignment package (.scpkg) for every evaluator with assignments</translation>
    </message>
    <message>
        <source>Verify and merge the evaluators&apos; score bundles (.scb)</source>
        <translation>Verify and merge the evaluators&apos; score bundles (.scb)</translation>
    </message>
    <message>
        <source>The signed results JSON (with .sig) and the results workbook</source>
        <translation>The signed results JSON (with .sig) and the results workbook</translation>
    </message>
    <message>
        <source>Result sheets, certificates and the round report as PDF files</source>
        <translation>Result sheets, certificates and the round report as PDF files</translation>
    </message>
    <message>
        <source>Open the selected applicant&apos;s result sheet in the PDF viewer</source>
        <translation>Open the selected applicant&apos;s result sheet in the PDF viewer</translation>
    </message>
</context>
<context>
    <name>ChairScreen</name>
    <message numerus="yes">
        <source>%n task(s) still running. Stop them and leave?</source>
        <translation>
            <numerusform>%n task still running. Stop them and leave?</numerusform>
            <numerusform>%n tasks still running. Stop them and leave?</numerusform>
        </translation>
    </message>
    <message>
        <source>What has been saved so far is kept.</source>
        <translation>What has been saved so far is kept.</translation>
    </message>
    <message>
        <source>Wait until the running task has finished, then restore.</source>
        <translation>Wait until the running task has finished, then restore.</translation>
    </message>
    <message>
        <source>Program Passphrase</source>
        <translation>Program Passphrase</translation>
    </message>
    <message>
        <source>Show the selected applicant&apos;s result sheet as it will print</source>
        <translation>Show the selected applicant&apos;s result sheet as it will print</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Applicants (%1)</source>
        <translation>Applicants (%1)</translation>
    </message>
    <message>
        <source>Evaluators (%1)</source>
        <translation>Evaluators (%1)</translation>
    </message>
    <message>
        <source>Corrections (%1)</source>
        <translation>Corrections (%1)</translation>
    </message>
    <message>
        <source>Corrected values waiting for the chair&apos;s decision</source>
        <translation>Corrected values waiting for the chair&apos;s decision</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>Passphrase of the New Program</source>
        <translation>Passphrase of the New Program</translation>
    </message>
    <message>
        <source>Program Created</source>
        <translation>Program Created</translation>
    </message>
    <message>
        <source>The program is ready in %1.

Its key fingerprint is %2. Evaluators see it in their packages; read it to them when they ask.</source>
        <translation>The program is ready in %1.

Its key fingerprint is %2. Evaluators see it in their packages; read it to them when they ask.</translation>
    </message>
    <message>
        <source>Creating the program…</source>
        <translation>Creating the program…</translation>
    </message>
    <message>
        <source>Open Program Workspace</source>
        <translation>Open Program Workspace</translation>
    </message>
    <message>
        <source>This folder is an evaluator&apos;s workspace, not a program workspace.</source>
        <translation>This folder is an evaluator&apos;s workspace, not a program workspace.</translation>
    </message>
    <message>
        <source>This folder is not a program workspace.</source>
        <translation>This folder is not a program workspace.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import Applicants</source>
        <translation>Import Applicants</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Applicants imported: %1 added, %2 updated, %3 reported values, %4 self-assessments.</source>
        <translation>Applicants imported: %1 added, %2 updated, %3 reported values, %4 self-assessments.</translation>
    </message>
    <message>
        <source>Importing applicants…</source>
        <translation>Importing applicants…</translation>
    </message>
    <message>
        <source>Evidence Documents of %1</source>
        <translation>Evidence Documents of %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Adding evidence documents…</source>
        <translation>Adding evidence documents…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>%n document attached.</numerusform>
            <numerusform>%n documents attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol Evaluators</source>
        <translation>Enrol Evaluators</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>Enrolment files (*.json)</translation>
    </message>
    <message>
        <source>Enrolled: %1.</source>
        <translation>Enrolled: %1.</translation>
    </message>
    <message>
        <source>Conflicts of %1 declared: %2.</source>
        <translation>Conflicts of %1 declared: %2.</translation>
    </message>
    <message>
        <source>Assigning evaluators…</source>
        <translation>Assigning evaluators…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) made.</source>
        <translation>
            <numerusform>%n assignment made.</numerusform>
            <numerusform>%n assignments made.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Assignments</source>
        <translation>Import Assignments</translation>
    </message>
    <message numerus="yes">
        <source>Replace the current %n assignment(s) with the workbook&apos;s?</source>
        <translation>
            <numerusform>Replace the current %n assignment with the workbook&apos;s?</numerusform>
            <numerusform>Replace the current %n assignments with the workbook&apos;s?</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing assignments…</source>
        <translation>Importing assignments…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) imported.</source>
        <translation>
            <numerusform>%n assignment imported.</numerusform>
            <numerusform>%n assignments imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the Assignment Packages</source>
        <translation>Folder for the Assignment Packages</translation>
    </message>
    <message>
        <source>Enter the passphrase of the program&apos;s key to sign the packages.</source>
        <translation>Enter the passphrase of the program&apos;s key to sign the packages.</translation>
    </message>
    <message numerus="yes">
        <source>%n applicant(s)</source>
        <translation>
            <numerusform>%n applicant</numerusform>
            <numerusform>%n applicants</numerusform>
        </translation>
    </message>
    <message>
        <source>Packages Written</source>
        <translation>Packages Written</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1. Send each evaluator their own file:</source>
        <translation>
            <numerusform>%n package written to %1. Send each evaluator their own file:</numerusform>
            <numerusform>%n packages written to %1. Send each evaluator their own file:</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the assignment packages…</source>
        <translation>Writing the assignment packages…</translation>
    </message>
    <message>
        <source>Import Score Bundles</source>
        <translation>Import Score Bundles</translation>
    </message>
    <message>
        <source>Score bundles (*.scb)</source>
        <translation>Score bundles (*.scb)</translation>
    </message>
    <message>
        <source>Enter the passphrase of the program&apos;s key to open the score bundles.</source>
        <translation>Enter the passphrase of the program&apos;s key to open the score bundles.</translation>
    </message>
    <message>
        <source>Bundles: %1 accepted, %2 duplicate, %3 rejected.</source>
        <translation>Bundles: %1 accepted, %2 duplicate, %3 rejected.</translation>
    </message>
    <message>
        <source>Merging score bundles…</source>
        <translation>Merging score bundles…</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Recording the decision…</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>Export Results</translation>
    </message>
    <message numerus="yes">
        <source>Corrected values waiting for your decision: %n. Export the results anyway?</source>
        <translation>
            <numerusform>Corrected values waiting for your decision: %n. Export the results anyway?</numerusform>
            <numerusform>Corrected values waiting for your decision: %n. Export the results anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>The results count the reported values until a correction is accepted; an applicant&apos;s points may change once you decide. Decide first on the Corrections tab, or export now and again later.</source>
        <translation>The results count the reported values until a correction is accepted; an applicant&apos;s points may change once you decide. Decide first on the Corrections tab, or export now and again later.</translation>
    </message>
    <message>
        <source>Results JSON (*.json)</source>
        <translation>Results JSON (*.json)</translation>
    </message>
    <message>
        <source>Enter the passphrase of the program&apos;s key to sign the results.</source>
        <translation>Enter the passphrase of the program&apos;s key to sign the results.</translation>
    </message>
    <message>
        <source>Results Written</source>
        <translation>Results Written</translation>
    </message>
    <message>
        <source>Written: %1, its signature %2 and the results workbook %3.

Results fingerprint: %4</source>
        <translation>Written: %1, its signature %2 and the results workbook %3.

Results fingerprint: %4</translation>
    </message>
    <message>
        <source>Writing the results…</source>
        <translation>Writing the results…</translation>
    </message>
    <message>
        <source>Folder for the Result Sheets</source>
        <translation>Folder for the Result Sheets</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF file(s) written.</source>
        <translation>
            <numerusform>%n PDF file written.</numerusform>
            <numerusform>%n PDF files written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result Sheets</source>
        <translation>Result Sheets</translation>
    </message>
    <message>
        <source>%1 PDF files were written to %2. No file manager could be opened to show the folder; open it from there.</source>
        <translation>%1 PDF files were written to %2. No file manager could be opened to show the folder; open it from there.</translation>
    </message>
    <message>
        <source>Stopped. The files written before stopping are complete; run it again for the rest.</source>
        <translation>Stopped. The files written before stopping are complete; run it again for the rest.</translation>
    </message>
    <message>
        <source>Writing the result sheets…</source>
        <translation>Writing the result sheets…</translation>
    </message>
    <message>
        <source>Result Sheet of %1 %2 (preview)</source>
        <translation>Result Sheet of %1 %2 (preview)</translation>
    </message>
    <message>
        <source>There are no applicants yet, so there is no result sheet to show.</source>
        <translation>There are no applicants yet, so there is no result sheet to show.</translation>
    </message>
    <message>
        <source>Select an applicant on the Results tab to preview their result sheet.</source>
        <translation>Select an applicant on the Results tab to preview their result sheet.</translation>
    </message>
    <message>
        <source>Preparing the result sheet of %1…</source>
        <translation>Preparing the result sheet of %1…</translation>
    </message>
</context>
<context>
    <name>ChairText</name>
    <message>
        <source>Large city</source>
        <translation>Large city</translation>
    </message>
    <message>
        <source>Small or medium city</source>
        <translation>Small or medium city</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Graded</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Qualitative</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <comment>sheet</comment>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Recused</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Submitted and complete: counted in the results.</source>
        <translation>Submitted and complete: counted in the results.</translation>
    </message>
    <message>
        <source>Submitted, but levels or comments are missing: not counted.</source>
        <translation>Submitted, but levels or comments are missing: not counted.</translation>
    </message>
    <message>
        <source>The evaluator declared a conflict in the score sheet (recusal): not counted.</source>
        <translation>The evaluator declared a conflict in the score sheet (recusal): not counted.</translation>
    </message>
    <message>
        <source>Assigned, but no merged bundle holds a sheet for this applicant yet.</source>
        <translation>Assigned, but no merged bundle holds a sheet for this applicant yet.</translation>
    </message>
    <message>
        <source>Conflict of interest declared at enrolment: never assigned.</source>
        <translation>Conflict of interest declared at enrolment: never assigned.</translation>
    </message>
    <message>
        <source>Not assigned.</source>
        <translation>Not assigned.</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <source>Invalid value</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>reliable (≥ 0.800)</source>
        <translation>reliable (≥ 0.800)</translation>
    </message>
    <message>
        <source>tentative conclusions only (0.667–0.800)</source>
        <translation>tentative conclusions only (0.667–0.800)</translation>
    </message>
    <message>
        <source>not reliable (&lt; 0.667)</source>
        <translation>not reliable (&lt; 0.667)</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>not defined</translation>
    </message>
</context>
<context>
    <name>ChairWelcomePage</name>
    <message>
        <source>Chair / Operating agency</source>
        <translation>Chair / Operating agency</translation>
    </message>
    <message>
        <source>Create a program from a framework workbook, or open an existing program workspace. The program holds the round: applicants, evaluators, assignments, merged score bundles and results.</source>
        <translation>Create a program from a framework workbook, or open an existing program workspace. The program holds the round: applicants, evaluators, assignments, merged score bundles and results.</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;New Program…</translation>
    </message>
    <message>
        <source>&amp;Open Program Workspace…</source>
        <translation>&amp;Open Program Workspace…</translation>
    </message>
    <message>
        <source>Open the Demo Program</source>
        <translation>Open the Demo Program</translation>
    </message>
    <message>
        <source>The open workspace %1 is an evaluator&apos;s workspace; the chair works in a program workspace.</source>
        <translation>The open workspace %1 is an evaluator&apos;s workspace; the chair works in a program workspace.</translation>
    </message>
    <message>
        <source>%1 is not a program workspace.</source>
        <translation>%1 is not a program workspace.</translation>
    </message>
</context>
<context>
    <name>CompletenessMatrixModel</name>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Sequence number of the evaluator&apos;s merged bundle</source>
        <translation>Sequence number of the evaluator&apos;s merged bundle</translation>
    </message>
    <message>
        <source>No bundle of this evaluator has been merged yet.</source>
        <translation>No bundle of this evaluator has been merged yet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) or comment(s) missing.</source>
        <translation>
            <numerusform>%n level or comment missing.</numerusform>
            <numerusform>%n levels or comments missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>(assigned)</source>
        <translation>(assigned)</translation>
    </message>
    <message>
        <source>Conflicts of %1</source>
        <translation>Conflicts of %1</translation>
    </message>
    <message>
        <source>Check the applicants %1 (%2) must never score. A declared conflict cannot be withdrawn here; an applicant already assigned to the evaluator must be reassigned first.</source>
        <translation>Check the applicants %1 (%2) must never score. A declared conflict cannot be withdrawn here; an applicant already assigned to the evaluator must be reassigned first.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>%1 %2, indicator %3 %4</source>
        <translation>%1 %2, indicator %3 %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Accept Corrected Value</source>
        <translation>Accept Corrected Value</translation>
    </message>
    <message>
        <source>%1. The accepted value replaces the value in effect (%2) for scoring, and for the other applicants&apos; MINMAX comparison.</source>
        <translation>%1. The accepted value replaces the value in effect (%2) for scoring, and for the other applicants&apos; MINMAX comparison.</translation>
    </message>
    <message>
        <source>Dismiss Corrections</source>
        <translation>Dismiss Corrections</translation>
    </message>
    <message>
        <source>%1. The value in effect (%2) stays; every pending correction of this indicator is dismissed.</source>
        <translation>%1. The value in effect (%2) stays; every pending correction of this indicator is dismissed.</translation>
    </message>
    <message>
        <source>%1 found %2</source>
        <translation>%1 found %2</translation>
    </message>
    <message>
        <source>&amp;Value to accept:</source>
        <translation>&amp;Value to accept:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Recorded in the audit log with your decision</source>
        <translation>Recorded in the audit log with your decision</translation>
    </message>
</context>
<context>
    <name>CorrectionsPage</name>
    <message>
        <source>A value an evaluator found while checking the evidence never changes the points by itself. Accept a value (it then replaces the reported value, also for the other applicants&apos; MINMAX comparison) or dismiss the indicator&apos;s corrections. Both need a reason, kept in the audit log.</source>
        <translation>A value an evaluator found while checking the evidence never changes the points by itself. Accept a value (it then replaces the reported value, also for the other applicants&apos; MINMAX comparison) or dismiss the indicator&apos;s corrections. Both need a reason, kept in the audit log.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) waiting</source>
        <translation>
            <numerusform>%n correction waiting</numerusform>
            <numerusform>%n corrections waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting for a decision.</source>
        <translation>Nothing waiting for a decision.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
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
    <name>DocumentsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol Evaluator</source>
        <translation>Enrol Evaluator</translation>
    </message>
    <message>
        <source>Call the evaluator and have them read the fingerprint shown in their program. Enrol only when every character matches: this key will be trusted to sign their score bundles.</source>
        <translation>Call the evaluator and have them read the fingerprint shown in their program. Enrol only when every character matches: this key will be trusted to sign their score bundles.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint with the evaluator</source>
        <translation>I have &amp;compared the fingerprint with the evaluator</translation>
    </message>
    <message>
        <source>Conflicts of interest: the evaluator will never be assigned to the applicants checked here.</source>
        <translation>Conflicts of interest: the evaluator will never be assigned to the applicants checked here.</translation>
    </message>
</context>
<context>
    <name>EvaluatorScreen</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>The open workspace %1 is a program workspace (chair / operating agency), not an evaluator workspace.</source>
        <translation>The open workspace %1 is a program workspace (chair / operating agency), not an evaluator workspace.</translation>
    </message>
    <message>
        <source>The open workspace %1 is not an evaluator workspace.</source>
        <translation>The open workspace %1 is not an evaluator workspace.</translation>
    </message>
    <message>
        <source>Viewing read-only: another smartcert has this workspace. Nothing can be changed here until it is closed there and the workspace is opened again.</source>
        <translation>Viewing read-only: another smartcert has this workspace. Nothing can be changed here until it is closed there and the workspace is opened again.</translation>
    </message>
    <message>
        <source>Open Evaluator Workspace</source>
        <translation>Open Evaluator Workspace</translation>
    </message>
    <message>
        <source>Passphrase for Your Key</source>
        <translation>Passphrase for Your Key</translation>
    </message>
    <message>
        <source>Identity %1 created; key fingerprint %2</source>
        <translation>Identity %1 created; key fingerprint %2</translation>
    </message>
    <message>
        <source>Creating your keys…</source>
        <translation>Creating your keys…</translation>
    </message>
    <message>
        <source>Save Enrolment File</source>
        <translation>Save Enrolment File</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>Enrolment files (*.json)</translation>
    </message>
    <message>
        <source>Enrolment file saved to %1. Tell the agency your fingerprint %2.</source>
        <translation>Enrolment file saved to %1. Tell the agency your fingerprint %2.</translation>
    </message>
    <message>
        <source>Import Assignment Package</source>
        <translation>Import Assignment Package</translation>
    </message>
    <message>
        <source>Assignment packages (*.scpkg)</source>
        <translation>Assignment packages (*.scpkg)</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Checking the package…</translation>
    </message>
    <message>
        <source>Open the Assignment Package</source>
        <translation>Open the Assignment Package</translation>
    </message>
    <message>
        <source>The package %1 is encrypted to your key. Enter the passphrase of your key (fingerprint %2) to open it.</source>
        <translation>The package %1 is encrypted to your key. Enter the passphrase of your key (fingerprint %2) to open it.</translation>
    </message>
    <message>
        <source>Opening the package…</source>
        <translation>Opening the package…</translation>
    </message>
    <message>
        <source>Importing the package…</source>
        <translation>Importing the package…</translation>
    </message>
    <message>
        <source>Package of %1 imported: %2 applicants, %3 evidence documents.</source>
        <translation>Package of %1 imported: %2 applicants, %3 evidence documents.</translation>
    </message>
    <message>
        <source>This package was already imported; nothing changed.</source>
        <translation>This package was already imported; nothing changed.</translation>
    </message>
    <message>
        <source>Export Score Sheet</source>
        <translation>Export Score Sheet</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the score sheet…</source>
        <translation>Writing the score sheet…</translation>
    </message>
    <message>
        <source>Score sheet with %1 rows written to %2.</source>
        <translation>Score sheet with %1 rows written to %2.</translation>
    </message>
    <message>
        <source>Import Score Sheet</source>
        <translation>Import Score Sheet</translation>
    </message>
    <message>
        <source>Score Sheet Not Imported</source>
        <translation>Score Sheet Not Imported</translation>
    </message>
    <message>
        <source>%1 has problems; nothing was imported. Correct them in the workbook and import it again.</source>
        <translation>%1 has problems; nothing was imported. Correct them in the workbook and import it again.</translation>
    </message>
    <message>
        <source>Reading the score sheet…</source>
        <translation>Reading the score sheet…</translation>
    </message>
    <message>
        <source>%1 changes nothing: every entry in it is already in your sheets.</source>
        <translation>%1 changes nothing: every entry in it is already in your sheets.</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>import of %1</translation>
    </message>
    <message numerus="yes">
        <source>Score sheet imported: %n applicant sheet(s) changed. Undo (Ctrl+Z) takes the import back.</source>
        <translation>
            <numerusform>Score sheet imported: %n applicant sheet changed. Undo (Ctrl+Z) takes the import back.</numerusform>
            <numerusform>Score sheet imported: %n applicant sheets changed. Undo (Ctrl+Z) takes the import back.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create Evaluator Identity…</source>
        <translation>&amp;Create Evaluator Identity…</translation>
    </message>
    <message>
        <source>Save Enrol&amp;ment File…</source>
        <translation>Save Enrol&amp;ment File…</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Document</source>
        <translation>Open Evidence &amp;Document</translation>
    </message>
    <message>
        <source>This is the last applicant in the list.</source>
        <translation>This is the last applicant in the list.</translation>
    </message>
    <message>
        <source>Evaluator %1 %2</source>
        <translation>Evaluator %1 %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This is the first applicant in the list.</source>
        <translation>This is the first applicant in the list.</translation>
    </message>
    <message>
        <source>Every sheet is complete. Review and submit with Ctrl+Shift+S.</source>
        <translation>Every sheet is complete. Review and submit with Ctrl+Shift+S.</translation>
    </message>
    <message>
        <source>This applicant is done; on to the next one still to score.</source>
        <translation>This applicant is done; on to the next one still to score.</translation>
    </message>
    <message numerus="yes">
        <source>Score sheet import: %n applicant sheet(s) changed back or again.</source>
        <translation>
            <numerusform>Score sheet import: %n applicant sheet changed back or again.</numerusform>
            <numerusform>Score sheet import: %n applicant sheets changed back or again.</numerusform>
        </translation>
    </message>
    <message>
        <source>level %1 of %2</source>
        <translation>level %1 of %2</translation>
    </message>
    <message>
        <source>clearing the level of %1</source>
        <translation>clearing the level of %1</translation>
    </message>
    <message>
        <source>confirming %1</source>
        <translation>confirming %1</translation>
    </message>
    <message>
        <source>unconfirming %1</source>
        <translation>unconfirming %1</translation>
    </message>
    <message>
        <source>recusal from %1</source>
        <translation>recusal from %1</translation>
    </message>
    <message>
        <source>withdrawing the recusal from %1</source>
        <translation>withdrawing the recusal from %1</translation>
    </message>
    <message>
        <source>comment on %1</source>
        <translation>comment on %1</translation>
    </message>
    <message>
        <source>value found for %1</source>
        <translation>value found for %1</translation>
    </message>
    <message>
        <source>on-site note on %1</source>
        <translation>on-site note on %1</translation>
    </message>
    <message>
        <source>overall comment on %1</source>
        <translation>overall comment on %1</translation>
    </message>
    <message>
        <source>Save Score Bundle</source>
        <translation>Save Score Bundle</translation>
    </message>
    <message>
        <source>Score bundles (*.scb)</source>
        <translation>Score bundles (*.scb)</translation>
    </message>
    <message>
        <source>Sign the Score Bundle</source>
        <translation>Sign the Score Bundle</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key (fingerprint %1) to sign bundle number %2.</source>
        <translation>Enter the passphrase of your key (fingerprint %1) to sign bundle number %2.</translation>
    </message>
    <message>
        <source>Not submitted: nothing was signed or written.</source>
        <translation>Not submitted: nothing was signed or written.</translation>
    </message>
    <message>
        <source>That passphrase does not open your key. Type it again; the bundle will still be written to %1.</source>
        <translation>That passphrase does not open your key. Type it again; the bundle will still be written to %1.</translation>
    </message>
    <message>
        <source>Signing and encrypting your scores…</source>
        <translation>Signing and encrypting your scores…</translation>
    </message>
    <message>
        <source>Bundle number %1 written to %2.</source>
        <translation>Bundle number %1 written to %2.</translation>
    </message>
    <message>
        <source>The value %1 you typed does not fit the indicator and was not saved. Discard it?</source>
        <translation>The value %1 you typed does not fit the indicator and was not saved. Discard it?</translation>
    </message>
    <message>
        <source>Evaluatio&amp;n</source>
        <translation>Evaluatio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Open Evaluator Workspace…</source>
        <translation>&amp;Open Evaluator Workspace…</translation>
    </message>
    <message>
        <source>&amp;Import Assignment Package…</source>
        <translation>&amp;Import Assignment Package…</translation>
    </message>
    <message>
        <source>E&amp;xport Score Sheet…</source>
        <translation>E&amp;xport Score Sheet…</translation>
    </message>
    <message>
        <source>Import Score &amp;Sheet…</source>
        <translation>Import Score &amp;Sheet…</translation>
    </message>
    <message>
        <source>&amp;Review and Submit…</source>
        <translation>&amp;Review and Submit…</translation>
    </message>
    <message>
        <source>Re&amp;cuse from Applicant…</source>
        <translation>Re&amp;cuse from Applicant…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Recusal</source>
        <translation>&amp;Withdraw Recusal</translation>
    </message>
    <message>
        <source>&amp;Move On After a Grade</source>
        <translation>&amp;Move On After a Grade</translation>
    </message>
    <message>
        <source>A level that completes an indicator moves the form on to the next indicator still to do</source>
        <translation>A level that completes an indicator moves the form on to the next indicator still to do</translation>
    </message>
    <message>
        <source>Applicant &amp;List</source>
        <translation>Applicant &amp;List</translation>
    </message>
    <message>
        <source>Next &amp;Incomplete Indicator</source>
        <translation>Next &amp;Incomplete Indicator</translation>
    </message>
    <message>
        <source>&amp;Next Applicant</source>
        <translation>&amp;Next Applicant</translation>
    </message>
    <message>
        <source>&amp;Previous Applicant</source>
        <translation>&amp;Previous Applicant</translation>
    </message>
</context>
<context>
    <name>EvaluatorTerms</name>
    <message>
        <source>Large city</source>
        <translation>Large city</translation>
    </message>
    <message>
        <source>Small/medium city</source>
        <translation>Small/medium city</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>Recused</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Quantitative</source>
        <translation>Quantitative</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>Qualitative</translation>
    </message>
</context>
<context>
    <name>EvaluatorsModel</name>
    <message>
        <source>Fingerprint of the evaluator&apos;s key; compare it with the evaluator by phone</source>
        <translation>Fingerprint of the evaluator&apos;s key; compare it with the evaluator by phone</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Latest bundle</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>#%1, %2</source>
        <translation>#%1, %2</translation>
    </message>
</context>
<context>
    <name>EvaluatorsPage</name>
    <message numerus="yes">
        <source>%n evaluator(s) enrolled</source>
        <translation>
            <numerusform>%n evaluator enrolled</numerusform>
            <numerusform>%n evaluators enrolled</numerusform>
        </translation>
    </message>
    <message>
        <source>Before enrolling, compare the key fingerprint with the evaluator by phone. Conflicts of interest declared here keep the evaluator from ever being assigned to those applicants; a conflict found later is declared by the evaluator in the score sheet (recusal).</source>
        <translation>Before enrolling, compare the key fingerprint with the evaluator by phone. Conflicts of interest declared here keep the evaluator from ever being assigned to those applicants; a conflict found later is declared by the evaluator in the score sheet (recusal).</translation>
    </message>
</context>
<context>
    <name>FrameworkTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Max points</source>
        <translation>Max points</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Your evaluator identity</source>
        <translation>Your evaluator identity</translation>
    </message>
    <message>
        <source>Evaluator %1, %2</source>
        <translation>Evaluator %1, %2</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>1. Hand your enrolment file to the operating agency</source>
        <translation>1. Hand your enrolment file to the operating agency</translation>
    </message>
    <message>
        <source>The file holds only your public keys. Tell the agency your fingerprint by another way (phone, paper) so that they can check the file is yours.</source>
        <translation>The file holds only your public keys. Tell the agency your fingerprint by another way (phone, paper) so that they can check the file is yours.</translation>
    </message>
    <message>
        <source>Save Enrol&amp;ment File…</source>
        <translation>Save Enrol&amp;ment File…</translation>
    </message>
    <message>
        <source>&amp;Import Assignment Package…</source>
        <translation>&amp;Import Assignment Package…</translation>
    </message>
    <message>
        <source>2. Import your assignment package</source>
        <translation>2. Import your assignment package</translation>
    </message>
    <message>
        <source>The agency sends you a package (.scpkg) with the applicants assigned to you and their evidence. It is checked and its program key shown before anything is loaded.</source>
        <translation>The agency sends you a package (.scpkg) with the applicants assigned to you and their evidence. It is checked and its program key shown before anything is loaded.</translation>
    </message>
    <message>
        <source>or drop the .scpkg file here</source>
        <translation>or drop the .scpkg file here</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>No indicator selected</source>
        <translation>No indicator selected</translation>
    </message>
    <message>
        <source>%1 · maximum %2 points · %3</source>
        <translation>%1 · maximum %2 points · %3</translation>
    </message>
    <message>
        <source>No value reported</source>
        <translation>No value reported</translation>
    </message>
    <message>
        <source>(no page given)</source>
        <translation>(no page given)</translation>
    </message>
    <message>
        <source>You entered another value (below); Del takes it back.</source>
        <translation>You entered another value (below); Del takes it back.</translation>
    </message>
    <message>
        <source>✓ Confirmed as reported unless you enter another value.</source>
        <translation>✓ Confirmed as reported unless you enter another value.</translation>
    </message>
    <message>
        <source>Applicant&apos;s self-assessment: %1 %2 (not counted)</source>
        <translation>Applicant&apos;s self-assessment: %1 %2 (not counted)</translation>
    </message>
    <message>
        <source>Applicant&apos;s self-assessment: none given</source>
        <translation>Applicant&apos;s self-assessment: none given</translation>
    </message>
    <message>
        <source>%1 points (key %2 or %3)</source>
        <translation>%1 points (key %2 or %3)</translation>
    </message>
    <message>
        <source>%1 points (key %2)</source>
        <translation>%1 points (key %2)</translation>
    </message>
    <message>
        <source>Points: %1 / %2</source>
        <translation>Points: %1 / %2</translation>
    </message>
    <message>
        <source>✓ Comment required for level %1: given.</source>
        <translation>✓ Comment required for level %1: given.</translation>
    </message>
    <message>
        <source>⚠ A comment is required for level %1. The sheet is incomplete without it.</source>
        <translation>⚠ A comment is required for level %1. The sheet is incomplete without it.</translation>
    </message>
    <message>
        <source>A comment is required for the levels %1.</source>
        <translation>A comment is required for the levels %1.</translation>
    </message>
    <message>
        <source>Explain a value you found that differs from the report.</source>
        <translation>Explain a value you found that differs from the report.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Leave blank when the reported value is right. A value you enter goes to the chair, who accepts or dismisses it; until then the points stay those of the reported value.</source>
        <translation>Leave blank when the reported value is right. A value you enter goes to the chair, who accepts or dismisses it; until then the points stay those of the reported value.</translation>
    </message>
    <message>
        <source>The chair accepts or dismisses the value you found; the points stay those of the reported value until then.</source>
        <translation>The chair accepts or dismisses the value you found; the points stay those of the reported value until then.</translation>
    </message>
    <message>
        <source>Your value would give %1 points. The chair accepts or dismisses it; the points stay those of the reported value until then.</source>
        <translation>Your value would give %1 points. The chair accepts or dismisses it; the points stay those of the reported value until then.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>Show or hide the guidance</source>
        <translation>Show or hide the guidance</translation>
    </message>
    <message>
        <source>Reported value</source>
        <translation>Reported value</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Open Evidence &amp;Document</source>
        <translation>Open Evidence &amp;Document</translation>
    </message>
    <message>
        <source>Value you f&amp;ound:</source>
        <translation>Value you f&amp;ound:</translation>
    </message>
    <message>
        <source>Open the applicant&apos;s evidence documents (Ctrl+E)</source>
        <translation>Open the applicant&apos;s evidence documents (Ctrl+E)</translation>
    </message>
    <message>
        <source>Reported value:</source>
        <translation>Reported value:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <source>blank = as reported</source>
        <translation>blank = as reported</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>Your assessment</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>Clear (Del)</translation>
    </message>
    <message>
        <source>On-site inspection (현장실사) note</source>
        <translation>On-site inspection (현장실사) note</translation>
    </message>
    <message>
        <source>What the on-site inspection found for this indicator</source>
        <translation>What the on-site inspection found for this indicator</translation>
    </message>
    <message>
        <source>You recused yourself from this applicant: nothing can be scored.</source>
        <translation>You recused yourself from this applicant: nothing can be scored.</translation>
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
        <source>Restore from &amp;Backup…</source>
        <translation>Restore from &amp;Backup…</translation>
    </message>
    <message>
        <source>Put back the open workspace as one of its backups was</source>
        <translation>Put back the open workspace as one of its backups was</translation>
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
        <source>Making the demo round: a program, twelve applicants and nine evaluators…</source>
        <translation>Making the demo round: a program, twelve applicants and nine evaluators…</translation>
    </message>
    <message>
        <source>The demo round: every key&apos;s passphrase is demo.</source>
        <translation>The demo round: every key&apos;s passphrase is demo.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Open a workspace first: its backups are in its folder.</source>
        <translation>Open a workspace first: its backups are in its folder.</translation>
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
        <source>  applicants: {count} (inputs/applicants.xlsx), evidence PDFs attached</source>
        <translation>  applicants: {count} (inputs/applicants.xlsx), evidence PDFs attached</translation>
    </message>
    <message>
        <source>  bundles:    {accepted} of {count} merged; {evaluator} is ready to score in {folder}</source>
        <translation>  bundles:    {accepted} of {count} merged; {evaluator} is ready to score in {folder}</translation>
    </message>
    <message>
        <source>  evaluators: {count} in {folder}; 5 per applicant; conflicts {conflicts}</source>
        <translation>  evaluators: {count} in {folder}; 5 per applicant; conflicts {conflicts}</translation>
    </message>
    <message>
        <source>  grade {grade}  min_ratio {ratio} ({points} points)  {certified}  {city_type}</source>
        <translation>  grade {grade}  min_ratio {ratio} ({points} points)  {certified}  {city_type}</translation>
    </message>
    <message>
        <source>  passphrase of every demo key: (from SMARTCERT_PASSPHRASE)</source>
        <translation>  passphrase of every demo key: (from SMARTCERT_PASSPHRASE)</translation>
    </message>
    <message>
        <source>  passphrase of every demo key: {passphrase}</source>
        <translation>  passphrase of every demo key: {passphrase}</translation>
    </message>
    <message>
        <source>  program:    {program}  (key {fingerprint}; framework {framework} {version}, SAMPLE)</source>
        <translation>  program:    {program}  (key {fingerprint}; framework {framework} {version}, SAMPLE)</translation>
    </message>
    <message>
        <source>  {filename}  {size} bytes  sha256 {sha256}</source>
        <translation>  {filename}  {size} bytes  sha256 {sha256}</translation>
    </message>
    <message>
        <source>  {name}  {created}  {reason}  schema {schema}  {state}</source>
        <translation>  {name}  {created}  {reason}  schema {schema}  {state}</translation>
    </message>
    <message>
        <source> for large cities</source>
        <translation> for large cities</translation>
    </message>
    <message>
        <source> for small cities</source>
        <translation> for small cities</translation>
    </message>
    <message>
        <source>&apos;else&apos; must be the last clause</source>
        <translation>&apos;else&apos; must be the last clause</translation>
    </message>
    <message>
        <source>&apos;{clause}&apos; is not of the form key = value</source>
        <translation>&apos;{clause}&apos; is not of the form key = value</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not &apos;LABEL : RATIO&apos;</source>
        <translation>&apos;{part}&apos; is not &apos;LABEL : RATIO&apos;</translation>
    </message>
    <message>
        <source>&apos;{start}...&apos; ({count} characters)</source>
        <translation>&apos;{start}...&apos; ({count} characters)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither yes nor no</source>
        <translation>&apos;{value}&apos; is neither yes nor no</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>&apos;{value}&apos; is not a finite number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>&apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation>&apos;{value}&apos; is not one of {choices}</translation>
    </message>
    <message>
        <source>(kept the existing demo in {root}; &apos;smartcert demo --fresh&apos; starts over)</source>
        <translation>(kept the existing demo in {root}; &apos;smartcert demo --fresh&apos; starts over)</translation>
    </message>
    <message>
        <source>--conflicts: no applicant with code {codes} in this program</source>
        <translation>--conflicts: no applicant with code {codes} in this program</translation>
    </message>
    <message>
        <source>--database {url}: not a database URL; write it as postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>--database {url}: not a database URL; write it as postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>--database {url}: the URL names no database; write it as postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>--database {url}: the URL names no database; write it as postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>--database: {backend}:// is not supported; the program&apos;s store is PostgreSQL (postgresql://USER@HOST[:PORT]/DATABASE) or, without --database, a SQLite file in the program folder</source>
        <translation>--database: {backend}:// is not supported; the program&apos;s store is PostgreSQL (postgresql://USER@HOST[:PORT]/DATABASE) or, without --database, a SQLite file in the program folder</translation>
    </message>
    <message>
        <source>--json and --xlsx must name different files</source>
        <translation>--json and --xlsx must name different files</translation>
    </message>
    <message>
        <source>--per-applicant must be at least 1</source>
        <translation>--per-applicant must be at least 1</translation>
    </message>
    <message>
        <source>--reason must not be empty</source>
        <translation>--reason must not be empty</translation>
    </message>
    <message>
        <source>BAND needs at least one clause &apos;OP NUMBER : RATIO&apos;</source>
        <translation>BAND needs at least one clause &apos;OP NUMBER : RATIO&apos;</translation>
    </message>
    <message>
        <source>BAND needs at least one clause besides &apos;else&apos;</source>
        <translation>BAND needs at least one clause besides &apos;else&apos;</translation>
    </message>
    <message>
        <source>CAP needs &apos;target = N&apos; or &apos;large = N; small = M&apos;</source>
        <translation>CAP needs &apos;target = N&apos; or &apos;large = N; small = M&apos;</translation>
    </message>
    <message>
        <source>CHECKLIST takes no parameters</source>
        <translation>CHECKLIST takes no parameters</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>Framework workbooks (평가체계).</source>
        <translation>Framework workbooks (평가체계).</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>INCOMPLETE</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>LEVELS needs at least one &apos;LABEL : RATIO&apos;</source>
        <translation>LEVELS needs at least one &apos;LABEL : RATIO&apos;</translation>
    </message>
    <message>
        <source>New passphrase for the program&apos;s keys:</source>
        <translation>New passphrase for the program&apos;s keys:</translation>
    </message>
    <message>
        <source>New passphrase for your keys:</source>
        <translation>New passphrase for your keys:</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Not a directory</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <source>Passphrase of the program&apos;s keys:</source>
        <translation>Passphrase of the program&apos;s keys:</translation>
    </message>
    <message>
        <source>Passphrase of your keys (to open the package):</source>
        <translation>Passphrase of your keys (to open the package):</translation>
    </message>
    <message>
        <source>Passphrase of your keys:</source>
        <translation>Passphrase of your keys:</translation>
    </message>
    <message>
        <source>Password of the database user {user} ({database}):</source>
        <translation>Password of the database user {user} ({database}):</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <source>Restore the latest backup: smartcert {role} restore {path} {backup} (made {created}, {reason}).</source>
        <translation>Restore the latest backup: smartcert {role} restore {path} {backup} (made {created}, {reason}).</translation>
    </message>
    <message>
        <source>SAMPLE: a sample framework, not the official indicator set; the operating agency replaces it with the official framework workbook</source>
        <translation>SAMPLE: a sample framework, not the official indicator set; the operating agency replaces it with the official framework workbook</translation>
    </message>
    <message>
        <source>SCALE takes no parameters (the levels come from the Scale sheet)</source>
        <translation>SCALE takes no parameters (the levels come from the Scale sheet)</translation>
    </message>
    <message>
        <source>Scale code &apos;{code}&apos; is given twice (first in row {row})</source>
        <translation>Scale code &apos;{code}&apos; is given twice (first in row {row})</translation>
    </message>
    <message>
        <source>Scale code &apos;{code}&apos; must not contain commas or spaces</source>
        <translation>Scale code &apos;{code}&apos; must not contain commas or spaces</translation>
    </message>
    <message>
        <source>Smart city certification (스마트도시 인증)</source>
        <translation>Smart city certification (스마트도시 인증)</translation>
    </message>
    <message>
        <source>There is no backup to restore; keep a copy of the folder and ask for help.</source>
        <translation>There is no backup to restore; keep a copy of the folder and ask for help.</translation>
    </message>
    <message>
        <source>Validate a framework workbook; print its domains, items, indicators and points. Every problem is reported as an error: line with its sheet, row and column.</source>
        <translation>Validate a framework workbook; print its domains, items, indicators and points. Every problem is reported as an error: line with its sheet, row and column.</translation>
    </message>
    <message>
        <source>a 7-Zip archive; extract the workbook from it first</source>
        <translation>a 7-Zip archive; extract the workbook from it first</translation>
    </message>
    <message>
        <source>a CSV file (text with separated values); open it in Excel, then save it as .xlsx (Excel workbook) and try again</source>
        <translation>a CSV file (text with separated values); open it in Excel, then save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a GIF image, not a workbook; choose the workbook (.xlsx) itself</source>
        <translation>a GIF image, not a workbook; choose the workbook (.xlsx) itself</translation>
    </message>
    <message>
        <source>a Hangul word processor document (.hwp), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>a Hangul word processor document (.hwp), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a Hangul word processor document (.hwpx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>a Hangul word processor document (.hwpx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a JPEG image, not a workbook; choose the workbook (.xlsx) itself</source>
        <translation>a JPEG image, not a workbook; choose the workbook (.xlsx) itself</translation>
    </message>
    <message>
        <source>a JSON file, not a workbook; choose the workbook (.xlsx)</source>
        <translation>a JSON file, not a workbook; choose the workbook (.xlsx)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a PDF document; a table in a PDF cannot be read: use the workbook it was made from, saved as .xlsx (Excel workbook)</source>
        <translation>a PDF document; a table in a PDF cannot be read: use the workbook it was made from, saved as .xlsx (Excel workbook)</translation>
    </message>
    <message>
        <source>a PNG image, not a workbook; choose the workbook (.xlsx) itself</source>
        <translation>a PNG image, not a workbook; choose the workbook (.xlsx) itself</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.ppt), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>a PowerPoint presentation (.ppt), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>a PowerPoint presentation (.pptx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a RAR archive; extract the workbook from it first</source>
        <translation>a RAR archive; extract the workbook from it first</translation>
    </message>
    <message>
        <source>a Word document (.doc), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>a Word document (.doc), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a Word document (.docx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>a Word document (.docx), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a ZIP archive without a workbook in it; if the workbook is inside, extract it first</source>
        <translation>a ZIP archive without a workbook in it; if the workbook is inside, extract it first</translation>
    </message>
    <message>
        <source>a ZIP file or workbook</source>
        <translation>a ZIP file or workbook</translation>
    </message>
    <message>
        <source>a binary Excel workbook (.xlsb); save it as .xlsx (Excel workbook) and try again</source>
        <translation>a binary Excel workbook (.xlsb); save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a cell has the reference {ref!r}</source>
        <translation>a cell has the reference {ref!r}</translation>
    </message>
    <message>
        <source>a cell lies beyond the last column of a spreadsheet (XFD)</source>
        <translation>a cell lies beyond the last column of a spreadsheet (XFD)</translation>
    </message>
    <message>
        <source>a detached signature</source>
        <translation>a detached signature</translation>
    </message>
    <message>
        <source>a framework file</source>
        <translation>a framework file</translation>
    </message>
    <message>
        <source>a gzip-compressed file; extract the workbook from it first</source>
        <translation>a gzip-compressed file; extract the workbook from it first</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>a key file</translation>
    </message>
    <message>
        <source>a macro-enabled Excel template (.xltm); save it as .xlsx (Excel workbook) and try again</source>
        <translation>a macro-enabled Excel template (.xltm); save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a macro-enabled Excel workbook (.xlsm); save it as .xlsx (Excel workbook) and try again</source>
        <translation>a macro-enabled Excel workbook (.xlsm); save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a recusal needs a reason</source>
        <translation>a recusal needs a reason</translation>
    </message>
    <message>
        <source>a results file</source>
        <translation>a results file</translation>
    </message>
    <message>
        <source>a rich text document (.rtf), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>a rich text document (.rtf), not a spreadsheet; copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a row has the number {number!r}</source>
        <translation>a row has the number {number!r}</translation>
    </message>
    <message>
        <source>a score bundle</source>
        <translation>a score bundle</translation>
    </message>
    <message>
        <source>a second level for applicant {applicant}, indicator {indicator} (first in row {row}); keep one row</source>
        <translation>a second level for applicant {applicant}, indicator {indicator} (first in row {row}); keep one row</translation>
    </message>
    <message>
        <source>a second value for applicant {applicant}, indicator {indicator} (first in row {row}); keep one row</source>
        <translation>a second value for applicant {applicant}, indicator {indicator} (first in row {row}); keep one row</translation>
    </message>
    <message>
        <source>a smartcert {kind} file</source>
        <translation>a smartcert {kind} file</translation>
    </message>
    <message>
        <source>a subcommand is required (check)</source>
        <translation>a subcommand is required (check)</translation>
    </message>
    <message>
        <source>a text file; if it holds the table, open it in Excel, then save it as .xlsx (Excel workbook) and try again</source>
        <translation>a text file; if it holds the table, open it in Excel, then save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a value without a key</source>
        <translation>a value without a key</translation>
    </message>
    <message>
        <source>a web page (HTML), as some systems export under the name .xls; open it in Excel, then save it as .xlsx (Excel workbook) and try again</source>
        <translation>a web page (HTML), as some systems export under the name .xls; open it in Excel, then save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>a workbook protected by a password (encrypted); open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it as .xlsx and try again</source>
        <translation>a workbook protected by a password (encrypted); open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it as .xlsx and try again</translation>
    </message>
    <message>
        <source>accept a corrected quantitative value</source>
        <translation>accept a corrected quantitative value</translation>
    </message>
    <message>
        <source>accepted {applicant} {indicator} = {value} ({reason})</source>
        <translation>accepted {applicant} {indicator} = {value} ({reason})</translation>
    </message>
    <message>
        <source>add or update applicants, reported values, self-assessments</source>
        <translation>add or update applicants, reported values, self-assessments</translation>
    </message>
    <message>
        <source>aggregation: {method} (trimming from {trim} counted evaluators; fewer than {minimum} counted evaluators: incomplete, no grade)</source>
        <translation>aggregation: {method} (trimming from {trim} counted evaluators; fewer than {minimum} counted evaluators: incomplete, no grade)</translation>
    </message>
    <message>
        <source>also list every indicator</source>
        <translation>also list every indicator</translation>
    </message>
    <message>
        <source>also require the key that the file&apos;s kind needs in this program (results and packages: the program&apos;s key; bundles: the evaluator&apos;s enrolled key)</source>
        <translation>also require the key that the file&apos;s kind needs in this program (results and packages: the program&apos;s key; bundles: the evaluator&apos;s enrolled key)</translation>
    </message>
    <message>
        <source>also write it as a CSV file (UTF-8)</source>
        <translation>also write it as a CSV file (UTF-8)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>an Excel add-in (.xlam), not a workbook; save it as .xlsx (Excel workbook) and try again</source>
        <translation>an Excel add-in (.xlam), not a workbook; save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an OpenDocument or similar file ({mimetype}), not an Excel workbook; save it as .xlsx (Excel workbook) and try again</source>
        <translation>an OpenDocument or similar file ({mimetype}), not an Excel workbook; save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an OpenDocument presentation (.odp); copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>an OpenDocument presentation (.odp); copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel workbook) and try again</source>
        <translation>an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an OpenDocument text document (.odt); copy the table into Excel, save it as .xlsx (Excel workbook) and try again</source>
        <translation>an OpenDocument text document (.odt); copy the table into Excel, save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an XML file, not a workbook; save it as .xlsx (Excel workbook) and try again</source>
        <translation>an XML file, not a workbook; save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an XML part declares a document type (entities are not allowed in a workbook)</source>
        <translation>an XML part declares a document type (entities are not allowed in a workbook)</translation>
    </message>
    <message>
        <source>an XML spreadsheet (Excel 2003 XML); open it in Excel, then save it as .xlsx (Excel workbook) and try again</source>
        <translation>an XML spreadsheet (Excel 2003 XML); open it in Excel, then save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an applicant appears twice</source>
        <translation>an applicant appears twice</translation>
    </message>
    <message>
        <source>an assignment package</source>
        <translation>an assignment package</translation>
    </message>
    <message>
        <source>an assignment package or a score bundle</source>
        <translation>an assignment package or a score bundle</translation>
    </message>
    <message>
        <source>an enrolment file</source>
        <translation>an enrolment file</translation>
    </message>
    <message>
        <source>an old Excel 5.0/95 workbook (.xls); save it as .xlsx (Excel workbook) and try again</source>
        <translation>an old Excel 5.0/95 workbook (.xls); save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an old Excel 97-2003 workbook (.xls); save it as .xlsx (Excel workbook) and try again</source>
        <translation>an old Excel 97-2003 workbook (.xls); save it as .xlsx (Excel workbook) and try again</translation>
    </message>
    <message>
        <source>an old Office file (OLE2 compound document), such as an old .xls or a password-protected workbook; save it as an Excel workbook (.xlsx) without a password and try again</source>
        <translation>an old Office file (OLE2 compound document), such as an old .xls or a password-protected workbook; save it as an Excel workbook (.xlsx) without a password and try again</translation>
    </message>
    <message>
        <source>another staff member&apos;s change has held the program for too long; try again in a moment. Nothing was changed.</source>
        <translation>another staff member&apos;s change has held the program for too long; try again in a moment. Nothing was changed.</translation>
    </message>
    <message>
        <source>applicant code</source>
        <translation>applicant code</translation>
    </message>
    <message>
        <source>applicant code {code!r} cannot name a file (1–32 ASCII letters, digits, - or _); correct it in the applicants workbook. Nothing was written.</source>
        <translation>applicant code {code!r} cannot name a file (1–32 ASCII letters, digits, - or _); correct it in the applicants workbook. Nothing was written.</translation>
    </message>
    <message>
        <source>applicant code {code} appears twice (first in row {row})</source>
        <translation>applicant code {code} appears twice (first in row {row})</translation>
    </message>
    <message>
        <source>applicant code {code} differs from {other} (row {row}) only in case; codes name files, so they must differ in more than case</source>
        <translation>applicant code {code} differs from {other} (row {row}) only in case; codes name files, so they must differ in more than case</translation>
    </message>
    <message>
        <source>applicant code {code} differs from {other}, already in the program, only in case; use the same spelling or another code</source>
        <translation>applicant code {code} differs from {other}, already in the program, only in case; use the same spelling or another code</translation>
    </message>
    <message>
        <source>applicant codes the evaluator must never score, CODE[,CODE...]</source>
        <translation>applicant codes the evaluator must never score, CODE[,CODE...]</translation>
    </message>
    <message>
        <source>applicant {applicant}, indicator {indicator} appears twice (first in row {row}); keep one row</source>
        <translation>applicant {applicant}, indicator {indicator} appears twice (first in row {row}); keep one row</translation>
    </message>
    <message>
        <source>applicant {code} is listed twice (first in row {row})</source>
        <translation>applicant {code} is listed twice (first in row {row})</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>applicants</translation>
    </message>
    <message>
        <source>applicants: {added} added, {updated} updated; {reported} reported values, {self_assessments} self-assessments</source>
        <translation>applicants: {added} added, {updated} updated; {reported} reported values, {self_assessments} self-assessments</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>assign evaluators to applicants</source>
        <translation>assign evaluators to applicants</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>assignments workbook (.xlsx), replaces all assignments</source>
        <translation>assignments workbook (.xlsx), replaces all assignments</translation>
    </message>
    <message>
        <source>attach evidence documents (PDF) to an applicant</source>
        <translation>attach evidence documents (PDF) to an applicant</translation>
    </message>
    <message>
        <source>attached {count} document(s) to {applicant}:</source>
        <translation>attached {count} document(s) to {applicant}:</translation>
    </message>
    <message>
        <source>attachment name {name!r} {problem}</source>
        <translation>attachment name {name!r} {problem}</translation>
    </message>
    <message>
        <source>attachment names {first!r} and {second!r} would be the same file on Windows and macOS</source>
        <translation>attachment names {first!r} and {second!r} would be the same file on Windows and macOS</translation>
    </message>
    <message>
        <source>attachment {name!r}</source>
        <translation>attachment {name!r}</translation>
    </message>
    <message>
        <source>audit entry {seq}: content does not match its hash</source>
        <translation>audit entry {seq}: content does not match its hash</translation>
    </message>
    <message>
        <source>audit entry {seq}: does not follow entry {previous}</source>
        <translation>audit entry {seq}: does not follow entry {previous}</translation>
    </message>
    <message>
        <source>backups of {folder} (newest first):</source>
        <translation>backups of {folder} (newest first):</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>cannot assign: {problem}; nothing was assigned</source>
        <translation>cannot assign: {problem}; nothing was assigned</translation>
    </message>
    <message>
        <source>cannot back up the database: {reason}</source>
        <translation>cannot back up the database: {reason}</translation>
    </message>
    <message>
        <source>cannot be decrypted with {ours}: it was damaged or not sealed for it</source>
        <translation>cannot be decrypted with {ours}: it was damaged or not sealed for it</translation>
    </message>
    <message>
        <source>cannot be decrypted: its ephemeral key is invalid</source>
        <translation>cannot be decrypted: its ephemeral key is invalid</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>cannot be restored: {problem}</source>
        <translation>cannot be restored: {problem}</translation>
    </message>
    <message>
        <source>cannot connect to the database {where}: it asks for a password and none was given; set PGPASSWORD or add it to ~/.pgpass. Nothing was changed.</source>
        <translation>cannot connect to the database {where}: it asks for a password and none was given; set PGPASSWORD or add it to ~/.pgpass. Nothing was changed.</translation>
    </message>
    <message>
        <source>cannot connect to the database {where}: it asks for a password; set PGPASSWORD or add it to ~/.pgpass. Nothing was changed.</source>
        <translation>cannot connect to the database {where}: it asks for a password; set PGPASSWORD or add it to ~/.pgpass. Nothing was changed.</translation>
    </message>
    <message>
        <source>cannot connect to the database {where}: {reason}. Nothing was changed.</source>
        <translation>cannot connect to the database {where}: {reason}. Nothing was changed.</translation>
    </message>
    <message>
        <source>cannot open the workspace database: {reason}</source>
        <translation>cannot open the workspace database: {reason}</translation>
    </message>
    <message>
        <source>cannot read the connection file ({reason})</source>
        <translation>cannot read the connection file ({reason})</translation>
    </message>
    <message>
        <source>cannot read the key file: {reason}</source>
        <translation>cannot read the key file: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: permission denied</source>
        <translation>cannot read {path}: permission denied</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read: a part of the path is a file, not a folder</source>
        <translation>cannot read: a part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>cannot read: is a folder, not a file</source>
        <translation>cannot read: is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot read: no permission to read it</source>
        <translation>cannot read: no permission to read it</translation>
    </message>
    <message>
        <source>cannot read: no such file</source>
        <translation>cannot read: no such file</translation>
    </message>
    <message>
        <source>cannot read: the disk failed (I/O error); check the disk and try again</source>
        <translation>cannot read: the disk failed (I/O error); check the disk and try again</translation>
    </message>
    <message>
        <source>cannot read: the disk is full; free some space and try again</source>
        <translation>cannot read: the disk is full; free some space and try again</translation>
    </message>
    <message>
        <source>cannot read: the disk is read-only; choose a folder on a writable disk</source>
        <translation>cannot read: the disk is read-only; choose a folder on a writable disk</translation>
    </message>
    <message>
        <source>cannot read: the file would be larger than this system allows (file size limit); free space or raise the limit</source>
        <translation>cannot read: the file would be larger than this system allows (file size limit); free space or raise the limit</translation>
    </message>
    <message>
        <source>cannot read: {reason}</source>
        <translation>cannot read: {reason}</translation>
    </message>
    <message>
        <source>cannot write the key file: {reason}</source>
        <translation>cannot write the key file: {reason}</translation>
    </message>
    <message>
        <source>cannot write: a part of the path is a file, not a folder</source>
        <translation>cannot write: a part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>cannot write: is a folder, not a file</source>
        <translation>cannot write: is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot write: no permission to write here</source>
        <translation>cannot write: no permission to write here</translation>
    </message>
    <message>
        <source>cannot write: the disk failed (I/O error); check the disk and try again</source>
        <translation>cannot write: the disk failed (I/O error); check the disk and try again</translation>
    </message>
    <message>
        <source>cannot write: the disk is full; free some space and try again</source>
        <translation>cannot write: the disk is full; free some space and try again</translation>
    </message>
    <message>
        <source>cannot write: the disk is read-only; choose a folder on a writable disk</source>
        <translation>cannot write: the disk is read-only; choose a folder on a writable disk</translation>
    </message>
    <message>
        <source>cannot write: the file would be larger than this system allows (file size limit); free space or raise the limit</source>
        <translation>cannot write: the file would be larger than this system allows (file size limit); free space or raise the limit</translation>
    </message>
    <message>
        <source>cannot write: the folder does not exist</source>
        <translation>cannot write: the folder does not exist</translation>
    </message>
    <message>
        <source>cannot write: {reason}</source>
        <translation>cannot write: {reason}</translation>
    </message>
    <message>
        <source>cell {cell} holds a formula without a saved value; open the workbook in a spreadsheet program and save it, so that the value is stored with the formula, or type the value itself</source>
        <translation>cell {cell} holds a formula without a saved value; open the workbook in a spreadsheet program and save it, so that the value is stored with the formula, or type the value itself</translation>
    </message>
    <message>
        <source>cell {cell}: {problem}</source>
        <translation>cell {cell}: {problem}</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certified</translation>
    </message>
    <message>
        <source>changed while it was read; try again</source>
        <translation>changed while it was read; try again</translation>
    </message>
    <message>
        <source>clause {number}</source>
        <translation>clause {number}</translation>
    </message>
    <message>
        <source>clause {number} &apos;{clause}&apos; is not &apos;OP NUMBER : RATIO&apos; with OP one of &gt;= &gt; &lt;= &lt;</source>
        <translation>clause {number} &apos;{clause}&apos; is not &apos;OP NUMBER : RATIO&apos; with OP one of &gt;= &gt; &lt;= &lt;</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>column &apos;{name}&apos; appears twice (columns {first} and {second})</source>
        <translation>column &apos;{name}&apos; appears twice (columns {first} and {second})</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>comment required for levels: {levels}</source>
        <translation>comment required for levels: {levels}</translation>
    </message>
    <message>
        <source>comment_required_levels names {unknown}, not in the Scale ({codes}); write comma-separated Scale codes or &apos;{none}&apos;</source>
        <translation>comment_required_levels names {unknown}, not in the Scale ({codes}); write comma-separated Scale codes or &apos;{none}&apos;</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>conflicts: {codes}</source>
        <translation>conflicts: {codes}</translation>
    </message>
    <message>
        <source>create a demo program (sample framework, applicants, evaluators)</source>
        <translation>create a demo program (sample framework, applicants, evaluators)</translation>
    </message>
    <message>
        <source>create a program workspace</source>
        <translation>create a program workspace</translation>
    </message>
    <message>
        <source>create the evaluator&apos;s workspace, keys and enrollment.json</source>
        <translation>create the evaluator&apos;s workspace, keys and enrollment.json</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>created evaluator workspace {folder} for {id} ({name})</source>
        <translation>created evaluator workspace {folder} for {id} ({name})</translation>
    </message>
    <message>
        <source>created program {id} in {folder}</source>
        <translation>created program {id} in {folder}</translation>
    </message>
    <message>
        <source>created: {created}</source>
        <translation>created: {created}</translation>
    </message>
    <message>
        <source>demo round in {root}</source>
        <translation>demo round in {root}</translation>
    </message>
    <message>
        <source>dismiss the pending corrections of an indicator</source>
        <translation>dismiss the pending corrections of an indicator</translation>
    </message>
    <message>
        <source>dismissed {count} pending correction(s) of {applicant} {indicator} ({reason})</source>
        <translation>dismissed {count} pending correction(s) of {applicant} {indicator} ({reason})</translation>
    </message>
    <message>
        <source>does not match the framework carried in the package</source>
        <translation>does not match the framework carried in the package</translation>
    </message>
    <message>
        <source>does not match {signature}: the file was changed after it was signed</source>
        <translation>does not match {signature}: the file was changed after it was signed</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>domains: {count}</source>
        <translation>domains: {count}</translation>
    </message>
    <message>
        <source>else clause</source>
        <translation>else clause</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>encrypted to evaluator key {key} (applicants and evidence readable only with it)</source>
        <translation>encrypted to evaluator key {key} (applicants and evidence readable only with it)</translation>
    </message>
    <message>
        <source>encrypted to program key {key} (scores readable only with it)</source>
        <translation>encrypted to program key {key} (scores readable only with it)</translation>
    </message>
    <message>
        <source>enrol an evaluator from an enrolment file</source>
        <translation>enrol an evaluator from an enrolment file</translation>
    </message>
    <message>
        <source>enrolled evaluator {id} ({name}), key fingerprint {fingerprint}</source>
        <translation>enrolled evaluator {id} ({name}), key fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>enrolment</translation>
    </message>
    <message>
        <source>enrolment file to hand to the agency: {path}</source>
        <translation>enrolment file to hand to the agency: {path}</translation>
    </message>
    <message>
        <source>evaluator enrolment</source>
        <translation>evaluator enrolment</translation>
    </message>
    <message>
        <source>evaluator id</source>
        <translation>evaluator id</translation>
    </message>
    <message>
        <source>evaluator key</source>
        <translation>evaluator key</translation>
    </message>
    <message>
        <source>evaluator {evaluator} has a conflict with applicant {applicant} and must not score it; nothing was assigned</source>
        <translation>evaluator {evaluator} has a conflict with applicant {applicant} and must not score it; nothing was assigned</translation>
    </message>
    <message>
        <source>evaluator {evaluator} is already assigned to {applicants}; reassign before declaring the conflict. Nothing was changed.</source>
        <translation>evaluator {evaluator} is already assigned to {applicants}; reassign before declaring the conflict. Nothing was changed.</translation>
    </message>
    <message>
        <source>evaluator {evaluator} is assigned applicant {applicant} again (first in row {row}); keep one row</source>
        <translation>evaluator {evaluator} is assigned applicant {applicant} again (first in row {row}); keep one row</translation>
    </message>
    <message>
        <source>evaluator {evaluator} is not enrolled</source>
        <translation>evaluator {evaluator} is not enrolled</translation>
    </message>
    <message>
        <source>evaluator {evaluator} is not enrolled in this program</source>
        <translation>evaluator {evaluator} is not enrolled in this program</translation>
    </message>
    <message>
        <source>evaluator: workspace, packages, score sheets, bundles</source>
        <translation>evaluator: workspace, packages, score sheets, bundles</translation>
    </message>
    <message>
        <source>evaluator: {evaluator} ({name})</source>
        <translation>evaluator: {evaluator} ({name})</translation>
    </message>
    <message>
        <source>evaluators per applicant</source>
        <translation>evaluators per applicant</translation>
    </message>
    <message>
        <source>evidence document {document} of {applicant} does not match its hash</source>
        <translation>evidence document {document} of {applicant} does not match its hash</translation>
    </message>
    <message>
        <source>evidence document {document} of {applicant} is missing</source>
        <translation>evidence document {document} of {applicant} is missing</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>expected a number, not a date ({value}); format the column as a number or as text</source>
        <translation>expected a number, not a date ({value}); format the column as a number or as text</translation>
    </message>
    <message>
        <source>expected a number, not the logical value {value}</source>
        <translation>expected a number, not the logical value {value}</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>field {field}</source>
        <translation>field {field}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>file not found: {path}</source>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <source>final results: JSON (signed), workbook, result sheets</source>
        <translation>final results: JSON (signed), workbook, result sheets</translation>
    </message>
    <message>
        <source>flags: spread {spread} of an indicator&apos;s maximum; deviation {deviation} from the panel mean</source>
        <translation>flags: spread {spread} of an indicator&apos;s maximum; deviation {deviation} from the panel mean</translation>
    </message>
    <message>
        <source>font file missing: {path} (the program&apos;s resources are incomplete)</source>
        <translation>font file missing: {path} (the program&apos;s resources are incomplete)</translation>
    </message>
    <message>
        <source>format {format} is not supported by this version of smartcert (it reads {supported})</source>
        <translation>format {format} is not supported by this version of smartcert (it reads {supported})</translation>
    </message>
    <message>
        <source>framework</source>
        <translation>framework</translation>
    </message>
    <message>
        <source>framework OK</source>
        <translation>framework OK</translation>
    </message>
    <message>
        <source>framework workbook (.xlsx)</source>
        <translation>framework workbook (.xlsx)</translation>
    </message>
    <message>
        <source>framework workbooks (평가체계)</source>
        <translation>framework workbooks (평가체계)</translation>
    </message>
    <message>
        <source>framework: {id}</source>
        <translation>framework: {id}</translation>
    </message>
    <message>
        <source>framework: {id} {version} ({hash})</source>
        <translation>framework: {id} {version} ({hash})</translation>
    </message>
    <message>
        <source>framework: {id} {version} ({hash})  [SAMPLE]</source>
        <translation>framework: {id} {version} ({hash})  [SAMPLE]</translation>
    </message>
    <message>
        <source>give either &apos;target = N&apos; or &apos;large = N; small = M&apos;, not both</source>
        <translation>give either &apos;target = N&apos; or &apos;large = N; small = M&apos;, not both</translation>
    </message>
    <message>
        <source>grade {grade} is certified but the better grade {better} (row {row}) is not{scope}; certified grades must be the best ones</source>
        <translation>grade {grade} is certified but the better grade {better} (row {row}) is not{scope}; certified grades must be the best ones</translation>
    </message>
    <message>
        <source>grade {grade} is given twice{scope} (rows {first} and {row})</source>
        <translation>grade {grade} is given twice{scope} (rows {first} and {row})</translation>
    </message>
    <message>
        <source>grade {grade} needs min_ratio {ratio}{scope}, not lower than grade {better}&apos;s {better_ratio} (row {row}); a better grade must need a strictly higher min_ratio</source>
        <translation>grade {grade} needs min_ratio {ratio}{scope}, not lower than grade {better}&apos;s {better_ratio} (row {row}); a better grade must need a strictly higher min_ratio</translation>
    </message>
    <message>
        <source>grades:</source>
        <translation>grades:</translation>
    </message>
    <message>
        <source>has a path segment that starts with a space or ends with a dot or space</source>
        <translation>has a path segment that starts with a space or ends with a dot or space</translation>
    </message>
    <message>
        <source>has an empty, &apos;.&apos; or &apos;..&apos; path segment (or starts with /)</source>
        <translation>has an empty, &apos;.&apos; or &apos;..&apos; path segment (or starts with /)</translation>
    </message>
    <message>
        <source>has no detached signature {signature} beside it</source>
        <translation>has no detached signature {signature} beside it</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>has the wrong type</translation>
    </message>
    <message>
        <source>has {count} unexpected bytes at the end</source>
        <translation>has {count} unexpected bytes at the end</translation>
    </message>
    <message>
        <source>hash: {short} (sha256 {hash})</source>
        <translation>hash: {short} (sha256 {hash})</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>header is damaged: attachment name {name!r} {problem}</source>
        <translation>header is damaged: attachment name {name!r} {problem}</translation>
    </message>
    <message>
        <source>header is damaged: attachment names must be unique and sorted</source>
        <translation>header is damaged: attachment names must be unique and sorted</translation>
    </message>
    <message>
        <source>header is damaged: attachments must be a list of at most {limit}</source>
        <translation>header is damaged: attachments must be a list of at most {limit}</translation>
    </message>
    <message>
        <source>header is damaged: kind {kind!r} does not match format {format}</source>
        <translation>header is damaged: kind {kind!r} does not match format {format}</translation>
    </message>
    <message>
        <source>header is damaged: longer than {limit} bytes</source>
        <translation>header is damaged: longer than {limit} bytes</translation>
    </message>
    <message>
        <source>header is damaged: meta must be an object</source>
        <translation>header is damaged: meta must be an object</translation>
    </message>
    <message>
        <source>header is damaged: no known format</source>
        <translation>header is damaged: no known format</translation>
    </message>
    <message>
        <source>header is damaged: not a JSON object</source>
        <translation>header is damaged: not a JSON object</translation>
    </message>
    <message>
        <source>header is damaged: not in canonical form</source>
        <translation>header is damaged: not in canonical form</translation>
    </message>
    <message>
        <source>header is damaged: the encryption description is not understood</source>
        <translation>header is damaged: the encryption description is not understood</translation>
    </message>
    <message>
        <source>header is damaged: the fingerprint does not match the signer&apos;s keys</source>
        <translation>header is damaged: the fingerprint does not match the signer&apos;s keys</translation>
    </message>
    <message>
        <source>header is damaged: unexpected or missing fields</source>
        <translation>header is damaged: unexpected or missing fields</translation>
    </message>
    <message>
        <source>header is damaged: {field} {problem}</source>
        <translation>header is damaged: {field} {problem}</translation>
    </message>
    <message>
        <source>header is damaged: {kind} has no attachments in clear</source>
        <translation>header is damaged: {kind} has no attachments in clear</translation>
    </message>
    <message>
        <source>header is damaged: {where} must hold exactly {keys}</source>
        <translation>header is damaged: {where} must hold exactly {keys}</translation>
    </message>
    <message>
        <source>header is damaged: {where}.length must be a whole number</source>
        <translation>header is damaged: {where}.length must be a whole number</translation>
    </message>
    <message>
        <source>header is damaged: {where}.sha256 must be 64 lower-case hex digits</source>
        <translation>header is damaged: {where}.sha256 must be 64 lower-case hex digits</translation>
    </message>
    <message>
        <source>holds a control character or one of \ : * ? &quot; &lt; &gt; |</source>
        <translation>holds a control character or one of \ : * ? &quot; &lt; &gt; |</translation>
    </message>
    <message>
        <source>holds a password; a connection file never does. Remove it and give the password in PGPASSWORD or ~/.pgpass, or when asked</source>
        <translation>holds a password; a connection file never does. Remove it and give the password in PGPASSWORD or ~/.pgpass, or when asked</translation>
    </message>
    <message>
        <source>holds {char} at position {position}; a code is 1-32 ASCII letters, digits, - or _</source>
        <translation>holds {char} at position {position}; a code is 1-32 ASCII letters, digits, - or _</translation>
    </message>
    <message>
        <source>holds {char}; a code is 1-32 ASCII letters, digits, - or _</source>
        <translation>holds {char}; a code is 1-32 ASCII letters, digits, - or _</translation>
    </message>
    <message>
        <source>holds {found}; remove it</source>
        <translation>holds {found}; remove it</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>imported program {name} ({id})</source>
        <translation>imported program {name} ({id})</translation>
    </message>
    <message>
        <source>imported {sheet}: {changed} applicant sheet(s) changed</source>
        <translation>imported {sheet}: {changed} applicant sheet(s) changed</translation>
    </message>
    <message>
        <source>indicator code &apos;{code}&apos; is given twice (first in row {row})</source>
        <translation>indicator code &apos;{code}&apos; is given twice (first in row {row})</translation>
    </message>
    <message>
        <source>indicators: {count} (quantitative {quantitative}, {quantitative_points} points; qualitative {qualitative}, {qualitative_points} points)</source>
        <translation>indicators: {count} (quantitative {quantitative}, {quantitative_points} points; qualitative {qualitative}, {qualitative_points} points)</translation>
    </message>
    <message>
        <source>intact: yes</source>
        <translation>intact: yes</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed</source>
        <translation>interrupted; nothing was changed</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>is a detached signature; verify the file it signs instead</source>
        <translation>is a detached signature; verify the file it signs instead</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>is a reserved device name on Windows ({name}), which cannot name a file there</source>
        <translation>is a reserved device name on Windows ({name}), which cannot name a file there</translation>
    </message>
    <message>
        <source>is an assignment package in the old format {format}, which is not encrypted; this version of smartcert reads only encrypted packages ({supported}): ask the agency for a new package</source>
        <translation>is an assignment package in the old format {format}, which is not encrypted; this version of smartcert reads only encrypted packages ({supported}): ask the agency for a new package</translation>
    </message>
    <message>
        <source>is damaged: its content names another evaluator, program or serial than its header</source>
        <translation>is damaged: its content names another evaluator, program or serial than its header</translation>
    </message>
    <message>
        <source>is damaged: length or sha256 is malformed</source>
        <translation>is damaged: length or sha256 is malformed</translation>
    </message>
    <message>
        <source>is damaged: unexpected or missing fields</source>
        <translation>is damaged: unexpected or missing fields</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is encrypted to another {whose} ({sealed_to}), not to {ours} ({fingerprint}); it cannot be opened here</source>
        <translation>is encrypted to another {whose} ({sealed_to}), not to {ours} ({fingerprint}); it cannot be opened here</translation>
    </message>
    <message>
        <source>is for evaluator {evaluator}, but this workspace belongs to {owner}</source>
        <translation>is for evaluator {evaluator}, but this workspace belongs to {owner}</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>is larger than {limit} MB</translation>
    </message>
    <message>
        <source>is larger than {limit} bytes</source>
        <translation>is larger than {limit} bytes</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>is longer than {limit} characters</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>is not a Scale code</source>
        <translation>is not a Scale code</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <source>is not a smartcert file it can verify (unknown content)</source>
        <translation>is not a smartcert file it can verify (unknown content)</translation>
    </message>
    <message>
        <source>is not a smartcert file it can verify ({kind})</source>
        <translation>is not a smartcert file it can verify ({kind})</translation>
    </message>
    <message>
        <source>is not a smartcert file; expected {wanted}</source>
        <translation>is not a smartcert file; expected {wanted}</translation>
    </message>
    <message>
        <source>is not a smartcert key file</source>
        <translation>is not a smartcert key file</translation>
    </message>
    <message>
        <source>is not a smartcert key file (it is {format})</source>
        <translation>is not a smartcert key file (it is {format})</translation>
    </message>
    <message>
        <source>is not a valid framework: {detail}</source>
        <translation>is not a valid framework: {detail}</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>is not an object</translation>
    </message>
    <message>
        <source>is not canonical base64</source>
        <translation>is not canonical base64</translation>
    </message>
    <message>
        <source>is not in its normal form (Unicode NFC, line breaks as LF)</source>
        <translation>is not in its normal form (Unicode NFC, line breaks as LF)</translation>
    </message>
    <message>
        <source>is not in its normal form (Unicode NFC, no surrounding spaces)</source>
        <translation>is not in its normal form (Unicode NFC, no surrounding spaces)</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>is not valid base64</translation>
    </message>
    <message>
        <source>is older (package {serial}) than the one already imported (package {current}); nothing was changed</source>
        <translation>is older (package {serial}) than the one already imported (package {current}); nothing was changed</translation>
    </message>
    <message>
        <source>is signed by {signer}, but evaluator {evaluator} is enrolled in {program} with the key {key}; do not trust it</source>
        <translation>is signed by {signer}, but evaluator {evaluator} is enrolled in {program} with the key {key}; do not trust it</translation>
    </message>
    <message>
        <source>is signed by {signer}, but program {program} was first imported with key {pinned}; refusing a package signed by another key</source>
        <translation>is signed by {signer}, but program {program} was first imported with key {pinned}; refusing a package signed by another key</translation>
    </message>
    <message>
        <source>is signed by {signer}, but {description} must be signed by the program&apos;s key {key} of {program}; do not trust it</source>
        <translation>is signed by {signer}, but {description} must be signed by the program&apos;s key {key} of {program}; do not trust it</translation>
    </message>
    <message>
        <source>is signed by {signer}, not by the expected key {expected}</source>
        <translation>is signed by {signer}, not by the expected key {expected}</translation>
    </message>
    <message>
        <source>is too large ({size} bytes; the limit is {limit})</source>
        <translation>is too large ({size} bytes; the limit is {limit})</translation>
    </message>
    <message>
        <source>is too large to be a smartcert key file</source>
        <translation>is too large to be a smartcert key file</translation>
    </message>
    <message>
        <source>is too large to be {kind}</source>
        <translation>is too large to be {kind}</translation>
    </message>
    <message>
        <source>is truncated (it ends inside the first line)</source>
        <translation>is truncated (it ends inside the first line)</translation>
    </message>
    <message>
        <source>is truncated (it ends inside the header)</source>
        <translation>is truncated (it ends inside the header)</translation>
    </message>
    <message>
        <source>is truncated: the header announces {declared} more bytes, only {present} are there</source>
        <translation>is truncated: the header announces {declared} more bytes, only {present} are there</translation>
    </message>
    <message>
        <source>is {count:,} characters long; a value has at most 200</source>
        <translation>is {count:,} characters long; a value has at most 200</translation>
    </message>
    <message>
        <source>is {count} characters long; a code is at most {max}</source>
        <translation>is {count} characters long; a code is at most {max}</translation>
    </message>
    <message>
        <source>is {description} of program {named}, not of {program}</source>
        <translation>is {description} of program {named}, not of {program}</translation>
    </message>
    <message>
        <source>is {found}, not {wanted}</source>
        <translation>is {found}, not {wanted}</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {max:,} are allowed</source>
        <translation>is {length:,} characters long; at most {max:,} are allowed</translation>
    </message>
    <message>
        <source>is {size:,} bytes; an evidence document may have at most {limit} MB</source>
        <translation>is {size:,} bytes; an evidence document may have at most {limit} MB</translation>
    </message>
    <message>
        <source>it has more than {limit:,} sheets</source>
        <translation>it has more than {limit:,} sheets</translation>
    </message>
    <message>
        <source>it has {count:,} parts, more than a workbook has ({limit:,})</source>
        <translation>it has {count:,} parts, more than a workbook has ({limit:,})</translation>
    </message>
    <message>
        <source>it holds a damaged database, kept as it was found</source>
        <translation>it holds a damaged database, kept as it was found</translation>
    </message>
    <message>
        <source>it holds texts longer than a cell can hold ({limit:,} characters)</source>
        <translation>it holds texts longer than a cell can hold ({limit:,} characters)</translation>
    </message>
    <message>
        <source>it is encrypted; save it without a password</source>
        <translation>it is encrypted; save it without a password</translation>
    </message>
    <message>
        <source>it uses a compression that spreadsheets do not write</source>
        <translation>it uses a compression that spreadsheets do not write</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>item {item} is under domain {domain} in row {row}, but under domain {other} here; an item belongs to one domain</source>
        <translation>item {item} is under domain {domain} in row {row}, but under domain {other} here; an item belongs to one domain</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>items: {count}</translation>
    </message>
    <message>
        <source>its backups</source>
        <translation>its backups</translation>
    </message>
    <message>
        <source>its connection file</source>
        <translation>its connection file</translation>
    </message>
    <message>
        <source>its database</source>
        <translation>its database</translation>
    </message>
    <message>
        <source>its database journal</source>
        <translation>its database journal</translation>
    </message>
    <message>
        <source>its database {database} is missing</source>
        <translation>its database {database} is missing</translation>
    </message>
    <message>
        <source>its enrolment file</source>
        <translation>its enrolment file</translation>
    </message>
    <message>
        <source>its evidence documents</source>
        <translation>its evidence documents</translation>
    </message>
    <message>
        <source>its key derivation cost N = {n} is not a power of two from 2^10 to 2^20</source>
        <translation>its key derivation cost N = {n} is not a power of two from 2^10 to 2^20</translation>
    </message>
    <message>
        <source>its key derivation parameters are not whole numbers</source>
        <translation>its key derivation parameters are not whole numbers</translation>
    </message>
    <message>
        <source>its key derivation parameters r = {r}, p = {p} are outside r 1-{max_r}, p 1-{max_p}</source>
        <translation>its key derivation parameters r = {r}, p = {p} are outside r 1-{max_r}, p 1-{max_p}</translation>
    </message>
    <message>
        <source>its key derivation would need {need} MiB (N = {n}, r = {r}); at most {limit} MiB are accepted</source>
        <translation>its key derivation would need {need} MiB (N = {n}, r = {r}); at most {limit} MiB are accepted</translation>
    </message>
    <message>
        <source>its key file is damaged ({problem})</source>
        <translation>its key file is damaged ({problem})</translation>
    </message>
    <message>
        <source>its key file is missing</source>
        <translation>its key file is missing</translation>
    </message>
    <message>
        <source>its key file {key} is damaged ({problem})</source>
        <translation>its key file {key} is damaged ({problem})</translation>
    </message>
    <message>
        <source>its key file {key} is missing</source>
        <translation>its key file {key} is missing</translation>
    </message>
    <message>
        <source>its keys</source>
        <translation>its keys</translation>
    </message>
    <message>
        <source>its lock file</source>
        <translation>its lock file</translation>
    </message>
    <message>
        <source>its part {part} holds more than {limit:,} records</source>
        <translation>its part {part} holds more than {limit:,} records</translation>
    </message>
    <message>
        <source>its parts inflate to more than {size} MB (the limit)</source>
        <translation>its parts inflate to more than {size} MB (the limit)</translation>
    </message>
    <message>
        <source>its parts would inflate to {size} MB, more than the limit of {limit} MB</source>
        <translation>its parts would inflate to {size} MB, more than the limit of {limit} MB</translation>
    </message>
    <message>
        <source>its schema {schema} does not hold program {program}</source>
        <translation>its schema {schema} does not hold program {program}</translation>
    </message>
    <message>
        <source>keep the program&apos;s store in this PostgreSQL database, postgresql://USER@HOST[:PORT]/DB (the folder then holds only the connection file)</source>
        <translation>keep the program&apos;s store in this PostgreSQL database, postgresql://USER@HOST[:PORT]/DB (the folder then holds only the connection file)</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos; is given twice (first in row {row})</source>
        <translation>key &apos;{key}&apos; is given twice (first in row {row})</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>key file</translation>
    </message>
    <message>
        <source>key file format {format} is not supported (this version of smartcert reads {known})</source>
        <translation>key file format {format} is not supported (this version of smartcert reads {known})</translation>
    </message>
    <message>
        <source>key file is damaged: label and fingerprint must be text</source>
        <translation>key file is damaged: label and fingerprint must be text</translation>
    </message>
    <message>
        <source>key file is damaged: the fingerprint does not match the public keys</source>
        <translation>key file is damaged: the fingerprint does not match the public keys</translation>
    </message>
    <message>
        <source>key file is damaged: the private keys are invalid</source>
        <translation>key file is damaged: the private keys are invalid</translation>
    </message>
    <message>
        <source>key file is damaged: the private keys do not match the public keys</source>
        <translation>key file is damaged: the private keys do not match the public keys</translation>
    </message>
    <message>
        <source>key file is damaged: unexpected or missing fields</source>
        <translation>key file is damaged: unexpected or missing fields</translation>
    </message>
    <message>
        <source>key file names an unsupported cipher</source>
        <translation>key file names an unsupported cipher</translation>
    </message>
    <message>
        <source>key file names an unsupported key derivation</source>
        <translation>key file names an unsupported key derivation</translation>
    </message>
    <message>
        <source>key fingerprint: {fingerprint}</source>
        <translation>key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>label &apos;{label}&apos;</source>
        <translation>label &apos;{label}&apos;</translation>
    </message>
    <message>
        <source>label &apos;{label}&apos; is given twice</source>
        <translation>label &apos;{label}&apos; is given twice</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>language of messages</translation>
    </message>
    <message>
        <source>large city: population {population} or more</source>
        <translation>large city: population {population} or more</translation>
    </message>
    <message>
        <source>length: {length} bytes</source>
        <translation>length: {length} bytes</translation>
    </message>
    <message>
        <source>level {level} is not in the Scale ({codes})</source>
        <translation>level {level} is not in the Scale ({codes})</translation>
    </message>
    <message>
        <source>level {level} is not in the Scale ({levels})</source>
        <translation>level {level} is not in the Scale ({levels})</translation>
    </message>
    <message>
        <source>level {level} needs a comment</source>
        <translation>level {level} needs a comment</translation>
    </message>
    <message>
        <source>levels are listed best first, so ratio {ratio} must be lower than {above} of level {level} (row {row})</source>
        <translation>levels are listed best first, so ratio {ratio} must be lower than {above} of level {level} (row {row})</translation>
    </message>
    <message>
        <source>list the program&apos;s audit log</source>
        <translation>list the program&apos;s audit log</translation>
    </message>
    <message>
        <source>list the programs of a PostgreSQL database</source>
        <translation>list the programs of a PostgreSQL database</translation>
    </message>
    <message>
        <source>list the workspace&apos;s backups, or restore one (after backing up the current state)</source>
        <translation>list the workspace&apos;s backups, or restore one (after backing up the current state)</translation>
    </message>
    <message>
        <source>load a filled score sheet (all or nothing)</source>
        <translation>load a filled score sheet (all or nothing)</translation>
    </message>
    <message>
        <source>load: {load}</source>
        <translation>load: {load}</translation>
    </message>
    <message>
        <source>make a folder that works on a program of a PostgreSQL database</source>
        <translation>make a folder that works on a program of a PostgreSQL database</translation>
    </message>
    <message>
        <source>mean of no values</source>
        <translation>mean of no values</translation>
    </message>
    <message>
        <source>median of no values</source>
        <translation>median of no values</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>missing or not text</source>
        <translation>missing or not text</translation>
    </message>
    <message>
        <source>more than {limit:,} cells hold a formula without a saved value; open the workbook in a spreadsheet program and save it, so that the values are stored with the formulas</source>
        <translation>more than {limit:,} cells hold a formula without a saved value; open the workbook in a spreadsheet program and save it, so that the values are stored with the formulas</translation>
    </message>
    <message>
        <source>more than {limit} attachments</source>
        <translation>more than {limit} attachments</translation>
    </message>
    <message>
        <source>must be 1-32 letters, digits, - or _</source>
        <translation>must be 1-32 letters, digits, - or _</translation>
    </message>
    <message>
        <source>must be 1-64 printable characters</source>
        <translation>must be 1-64 printable characters</translation>
    </message>
    <message>
        <source>must be a base64 string</source>
        <translation>must be a base64 string</translation>
    </message>
    <message>
        <source>must be a plain name: it {problem}</source>
        <translation>must be a plain name: it {problem}</translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <translation>must be a whole number from 0</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 10^9</source>
        <translation>must be a whole number from 1 to 10^9</translation>
    </message>
    <message>
        <source>must be an object with exactly &quot;encryption&quot; and &quot;signing&quot;</source>
        <translation>must be an object with exactly &quot;encryption&quot; and &quot;signing&quot;</translation>
    </message>
    <message>
        <source>must decode to {length} bytes, not {count}</source>
        <translation>must decode to {length} bytes, not {count}</translation>
    </message>
    <message>
        <source>must hold exactly evaluator_id, program_id and {counter}</source>
        <translation>must hold exactly evaluator_id, program_id and {counter}</translation>
    </message>
    <message>
        <source>must look like 2026-01-31T09:00:00Z</source>
        <translation>must look like 2026-01-31T09:00:00Z</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>name: {name}</source>
        <translation>name: {name}</translation>
    </message>
    <message>
        <source>names evaluator {evaluator}, who is not enrolled in {program}</source>
        <translation>names evaluator {evaluator}, who is not enrolled in {program}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>no applicant with code {code}</source>
        <translation>no applicant with code {code}</translation>
    </message>
    <message>
        <source>no applicant with code {code} in this program</source>
        <translation>no applicant with code {code} in this program</translation>
    </message>
    <message>
        <source>no assignment package has been imported yet; run &apos;smartcert evaluator import&apos;</source>
        <translation>no assignment package has been imported yet; run &apos;smartcert evaluator import&apos;</translation>
    </message>
    <message>
        <source>no conflict-free assignment exists</source>
        <translation>no conflict-free assignment exists</translation>
    </message>
    <message>
        <source>no evaluator has assignments yet; run &apos;smartcert program assign&apos; first</source>
        <translation>no evaluator has assignments yet; run &apos;smartcert program assign&apos; first</translation>
    </message>
    <message>
        <source>no grade applies to {total} for {city_type} cities; the framework needs a 0 row</source>
        <translation>no grade applies to {total} for {city_type} cities; the framework needs a 0 row</translation>
    </message>
    <message>
        <source>no grade{scope} has min_ratio 0, so a low total would get no grade; add a last grade with min_ratio 0</source>
        <translation>no grade{scope} has min_ratio 0, so a low total would get no grade; add a last grade with min_ratio 0</translation>
    </message>
    <message>
        <source>no indicator {code} in the framework</source>
        <translation>no indicator {code} in the framework</translation>
    </message>
    <message>
        <source>no passphrase was entered</source>
        <translation>no passphrase was entered</translation>
    </message>
    <message>
        <source>no passphrase: set {name} or run in a terminal</source>
        <translation>no passphrase: set {name} or run in a terminal</translation>
    </message>
    <message>
        <source>no program {program} in this workspace</source>
        <translation>no program {program} in this workspace</translation>
    </message>
    <message>
        <source>no readable manifest ({reason})</source>
        <translation>no readable manifest ({reason})</translation>
    </message>
    <message>
        <source>no reported value</source>
        <translation>no reported value</translation>
    </message>
    <message>
        <source>no smartcert database here</source>
        <translation>no smartcert database here</translation>
    </message>
    <message>
        <source>no smartcert programs in {database}</source>
        <translation>no smartcert programs in {database}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not a PDF file (evidence documents must be PDF)</source>
        <translation>not a PDF file (evidence documents must be PDF)</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL with a database name</source>
        <translation>not a PostgreSQL URL with a database name</translation>
    </message>
    <message>
        <source>not a container kind: {kind!r}</source>
        <translation>not a container kind: {kind!r}</translation>
    </message>
    <message>
        <source>not a database URL</source>
        <translation>not a database URL</translation>
    </message>
    <message>
        <source>not a readable database: {reason}</source>
        <translation>not a readable database: {reason}</translation>
    </message>
    <message>
        <source>not a smartcert connection file (format {format} expected)</source>
        <translation>not a smartcert connection file (format {format} expected)</translation>
    </message>
    <message>
        <source>not a smartcert connection file (not JSON)</source>
        <translation>not a smartcert connection file (not JSON)</translation>
    </message>
    <message>
        <source>not a smartcert database (not an SQLite file)</source>
        <translation>not a smartcert database (not an SQLite file)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (save it as an Excel workbook, .xlsx)</source>
        <translation>not an .xlsx workbook (save it as an Excel workbook, .xlsx)</translation>
    </message>
    <message>
        <source>not an .xlsx workbook: this is {kind}</source>
        <translation>not an .xlsx workbook: this is {kind}</translation>
    </message>
    <message>
        <source>not certified</source>
        <translation>not certified</translation>
    </message>
    <message>
        <source>not enough evaluators without a conflict for: {applicants}; {needed} needed</source>
        <translation>not enough evaluators without a conflict for: {applicants}; {needed} needed</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>operating agency: program workspace</source>
        <translation>operating agency: program workspace</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>package</source>
        <translation>package</translation>
    </message>
    <message>
        <source>parameter &apos;{key}&apos; is given twice</source>
        <translation>parameter &apos;{key}&apos; is given twice</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>payload</translation>
    </message>
    <message>
        <source>payload is not a JSON object</source>
        <translation>payload is not a JSON object</translation>
    </message>
    <message>
        <source>points are never binary floats</source>
        <translation>points are never binary floats</translation>
    </message>
    <message>
        <source>points:</source>
        <translation>points:</translation>
    </message>
    <message>
        <source>polarity must be &apos;higher&apos; or &apos;lower&apos;, not &apos;{polarity}&apos;</source>
        <translation>polarity must be &apos;higher&apos; or &apos;lower&apos;, not &apos;{polarity}&apos;</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>program id {program_id!r} cannot name a PostgreSQL schema</source>
        <translation>program id {program_id!r} cannot name a PostgreSQL schema</translation>
    </message>
    <message>
        <source>program key</source>
        <translation>program key</translation>
    </message>
    <message>
        <source>program key fingerprint: {fingerprint}</source>
        <translation>program key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>program {name} ({id})</source>
        <translation>program {name} ({id})</translation>
    </message>
    <message>
        <source>program {program}: its framework snapshot is missing</source>
        <translation>program {program}: its framework snapshot is missing</translation>
    </message>
    <message>
        <source>public keys are 32 bytes each</source>
        <translation>public keys are 32 bytes each</translation>
    </message>
    <message>
        <source>qualitative total {total} is {percent}% from the panel mean {mean}</source>
        <translation>qualitative total {total} is {percent}% from the panel mean {mean}</translation>
    </message>
    <message>
        <source>rating of unit {unit!r} by {rater!r} is not a whole number: {value!r}</source>
        <translation>rating of unit {unit!r} by {rater!r} is not a whole number: {value!r}</translation>
    </message>
    <message>
        <source>rating {value} of unit {unit!r} by {rater!r} is not in the value domain {domain}</source>
        <translation>rating {value} of unit {unit!r} by {rater!r} is not in the value domain {domain}</translation>
    </message>
    <message>
        <source>read_signed cannot read kind {kind!r}; use open_package or open_bundle</source>
        <translation>read_signed cannot read kind {kind!r}; use open_package or open_bundle</translation>
    </message>
    <message>
        <source>recusal needs (recused, reason)</source>
        <translation>recusal needs (recused, reason)</translation>
    </message>
    <message>
        <source>required column &apos;{name}&apos; is missing from the header ({where})</source>
        <translation>required column &apos;{name}&apos; is missing from the header ({where})</translation>
    </message>
    <message>
        <source>restore one with: smartcert {role} restore {folder} BACKUP</source>
        <translation>restore one with: smartcert {role} restore {folder} BACKUP</translation>
    </message>
    <message>
        <source>restored {folder} from backup {backup}</source>
        <translation>restored {folder} from backup {backup}</translation>
    </message>
    <message>
        <source>results (detached signature)</source>
        <translation>results (detached signature)</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>rule {rule} is for qualitative indicators; a quantitative indicator uses one of {rules}</source>
        <translation>rule {rule} is for qualitative indicators; a quantitative indicator uses one of {rules}</translation>
    </message>
    <message>
        <source>rule {rule} is for quantitative indicators; a qualitative indicator uses SCALE</source>
        <translation>rule {rule} is for quantitative indicators; a qualitative indicator uses SCALE</translation>
    </message>
    <message>
        <source>say what a file is, who signed it and whether it is intact</source>
        <translation>say what a file is, who signed it and whether it is intact</translation>
    </message>
    <message>
        <source>say what to write: --json FILE, --xlsx FILE and/or --pdf-dir DIR</source>
        <translation>say what to write: --json FILE, --xlsx FILE and/or --pdf-dir DIR</translation>
    </message>
    <message>
        <source>scale: {scale}</source>
        <translation>scale: {scale}</translation>
    </message>
    <message>
        <source>scored against another framework ({bundle_framework}), not this program&apos;s ({framework})</source>
        <translation>scored against another framework ({bundle_framework}), not this program&apos;s ({framework})</translation>
    </message>
    <message>
        <source>scores applicant {applicant}, which is not assigned to {evaluator}</source>
        <translation>scores applicant {applicant}, which is not assigned to {evaluator}</translation>
    </message>
    <message>
        <source>scores applicant {applicant}, with which {evaluator} has a declared conflict</source>
        <translation>scores applicant {applicant}, with which {evaluator} has a declared conflict</translation>
    </message>
    <message>
        <source>scoring {merged}/{assigned}</source>
        <translation>scoring {merged}/{assigned}</translation>
    </message>
    <message>
        <source>scrypt N must be a power of two from 2^10 to 2^20</source>
        <translation>scrypt N must be a power of two from 2^10 to 2^20</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>self-signed</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>sequence</translation>
    </message>
    <message>
        <source>sequence {sequence} of {evaluator} was already merged from a different bundle</source>
        <translation>sequence {sequence} of {evaluator} was already merged from a different bundle</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>serial</translation>
    </message>
    <message>
        <source>sha256: {sha256}</source>
        <translation>sha256: {sha256}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>sheet {sheet}</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show tracebacks</source>
        <translation>show tracebacks</translation>
    </message>
    <message>
        <source>sign and write a score bundle</source>
        <translation>sign and write a score bundle</translation>
    </message>
    <message>
        <source>signed by key {fingerprint}, which is not the enrolled key of {evaluator} ({enrolled})</source>
        <translation>signed by key {fingerprint}, which is not the enrolled key of {evaluator} ({enrolled})</translation>
    </message>
    <message>
        <source>signed by {fingerprint}; sha256 {sha256}</source>
        <translation>signed by {fingerprint}; sha256 {sha256}</translation>
    </message>
    <message>
        <source>signed by: {fingerprint}</source>
        <translation>signed by: {fingerprint}</translation>
    </message>
    <message>
        <source>signer is its own key, enrolled for evaluator {evaluator} ({name}) in {program}</source>
        <translation>signer is its own key, enrolled for evaluator {evaluator} ({name}) in {program}</translation>
    </message>
    <message>
        <source>signer is the key enrolled for evaluator {evaluator} ({name}) in {program}</source>
        <translation>signer is the key enrolled for evaluator {evaluator} ({name}) in {program}</translation>
    </message>
    <message>
        <source>signer is the program&apos;s key of {program}</source>
        <translation>signer is the program&apos;s key of {program}</translation>
    </message>
    <message>
        <source>signer not checked against any program: anyone can make a key and sign a file; to check that the right key signed it: smartcert verify FILE --program PROGRAM_DIR</source>
        <translation>signer not checked against any program: anyone can make a key and sign a file; to check that the right key signed it: smartcert verify FILE --program PROGRAM_DIR</translation>
    </message>
    <message>
        <source>smartcert stopped on an unexpected problem ({what}); this is a defect in smartcert, not in your files</source>
        <translation>smartcert stopped on an unexpected problem ({what}); this is a defect in smartcert, not in your files</translation>
    </message>
    <message>
        <source>smartcert stopped on an unexpected problem ({what}); this is a defect in smartcert, not in your files; the details are in {log}</source>
        <translation>smartcert stopped on an unexpected problem ({what}); this is a defect in smartcert, not in your files; the details are in {log}</translation>
    </message>
    <message>
        <source>spread {spread} of {max_points} points (max {max}, min {min})</source>
        <translation>spread {spread} of {max_points} points (max {max}, min {min})</translation>
    </message>
    <message>
        <source>start over even if a demo is already there</source>
        <translation>start over even if a demo is already there</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>store: PostgreSQL database {database}, schema {schema}</source>
        <translation>store: PostgreSQL database {database}, schema {schema}</translation>
    </message>
    <message>
        <source>superseded: sequence {sequence} is older than the merged sequence {merged} of {evaluator}</source>
        <translation>superseded: sequence {sequence} is older than the merged sequence {merged} of {evaluator}</translation>
    </message>
    <message>
        <source>target for large cities must be greater than 0</source>
        <translation>target for large cities must be greater than 0</translation>
    </message>
    <message>
        <source>target for small cities must be greater than 0</source>
        <translation>target for small cities must be greater than 0</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>text with a NUL character cannot be stored. Nothing was changed.</source>
        <translation>text with a NUL character cannot be stored. Nothing was changed.</translation>
    </message>
    <message>
        <source>the Grades sheet has no grades</source>
        <translation>the Grades sheet has no grades</translation>
    </message>
    <message>
        <source>the Indicators sheet has no indicators</source>
        <translation>the Indicators sheet has no indicators</translation>
    </message>
    <message>
        <source>the Scale sheet has no levels</source>
        <translation>the Scale sheet has no levels</translation>
    </message>
    <message>
        <source>the audit log was altered ({problem})</source>
        <translation>the audit log was altered ({problem})</translation>
    </message>
    <message>
        <source>the backup&apos;s database is damaged ({reason}); choose another backup</source>
        <translation>the backup&apos;s database is damaged ({reason}); choose another backup</translation>
    </message>
    <message>
        <source>the backup&apos;s name, as listed</source>
        <translation>the backup&apos;s name, as listed</translation>
    </message>
    <message>
        <source>the bundle is for program {bundle_program}, not this program ({program})</source>
        <translation>the bundle is for program {bundle_program}, not this program ({program})</translation>
    </message>
    <message>
        <source>the bundle&apos;s content disagrees with its envelope (evaluator or sequence)</source>
        <translation>the bundle&apos;s content disagrees with its envelope (evaluator or sequence)</translation>
    </message>
    <message>
        <source>the cell holds a date or time ({value}), probably because the spreadsheet turned what was typed into a date; format the column as text and type the value again</source>
        <translation>the cell holds a date or time ({value}), probably because the spreadsheet turned what was typed into a date; format the column as text and type the value again</translation>
    </message>
    <message>
        <source>the cell holds {count:,} characters; a cell holds at most {limit:,}</source>
        <translation>the cell holds {count:,} characters; a cell holds at most {limit:,}</translation>
    </message>
    <message>
        <source>the cell shows the spreadsheet error {error}</source>
        <translation>the cell shows the spreadsheet error {error}</translation>
    </message>
    <message>
        <source>the comment</source>
        <translation>the comment</translation>
    </message>
    <message>
        <source>the connection to the database server was lost before the change was confirmed; check the network and the server, then look whether it was made before trying again.</source>
        <translation>the connection to the database server was lost before the change was confirmed; check the network and the server, then look whether it was made before trying again.</translation>
    </message>
    <message>
        <source>the control character {char}</source>
        <translation>the control character {char}</translation>
    </message>
    <message>
        <source>the control character {char} at position {position}</source>
        <translation>the control character {char} at position {position}</translation>
    </message>
    <message>
        <source>the database cannot be read: {problem}</source>
        <translation>the database cannot be read: {problem}</translation>
    </message>
    <message>
        <source>the database fails SQLite&apos;s check: {problem}</source>
        <translation>the database fails SQLite&apos;s check: {problem}</translation>
    </message>
    <message>
        <source>the database refused the change ({reason}); ask its administrator for the rights on the program&apos;s schema. Nothing was changed.</source>
        <translation>the database refused the change ({reason}); ask its administrator for the rights on the program&apos;s schema. Nothing was changed.</translation>
    </message>
    <message>
        <source>the database server&apos;s disk is full; ask its administrator. Nothing was changed.</source>
        <translation>the database server&apos;s disk is full; ask its administrator. Nothing was changed.</translation>
    </message>
    <message>
        <source>the disk failed (I/O error): it may be full, or a file may have reached this system&apos;s file size limit; free some space or check the disk, then try again. Nothing was changed.</source>
        <translation>the disk failed (I/O error): it may be full, or a file may have reached this system&apos;s file size limit; free some space or check the disk, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again. Nothing was changed.</source>
        <translation>the disk is full; free some space and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>the environment variable {name} is set but empty</source>
        <translation>the environment variable {name} is set but empty</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), not an .xlsx workbook; choose the workbook itself, saved from Excel as .xlsx</source>
        <translation>the file is empty (0 bytes), not an .xlsx workbook; choose the workbook itself, saved from Excel as .xlsx</translation>
    </message>
    <message>
        <source>the file is empty; expected {wanted}</source>
        <translation>the file is empty; expected {wanted}</translation>
    </message>
    <message>
        <source>the fingerprint does not match the public keys</source>
        <translation>the fingerprint does not match the public keys</translation>
    </message>
    <message>
        <source>the fingerprint does not match the signer&apos;s keys</source>
        <translation>the fingerprint does not match the signer&apos;s keys</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>the invisible character {char}</source>
        <translation>the invisible character {char}</translation>
    </message>
    <message>
        <source>the invisible character {char} at position {position}</source>
        <translation>the invisible character {char} at position {position}</translation>
    </message>
    <message>
        <source>the key &apos;{key}&apos; is missing (it identifies the framework)</source>
        <translation>the key &apos;{key}&apos; is missing (it identifies the framework)</translation>
    </message>
    <message>
        <source>the key file is damaged or not from smartcert: {problem}</source>
        <translation>the key file is damaged or not from smartcert: {problem}</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>the note</translation>
    </message>
    <message>
        <source>the onsite note</source>
        <translation>the onsite note</translation>
    </message>
    <message>
        <source>the passphrase must not be empty</source>
        <translation>the passphrase must not be empty</translation>
    </message>
    <message>
        <source>the program has no applicants yet; import applicants first</source>
        <translation>the program has no applicants yet; import applicants first</translation>
    </message>
    <message>
        <source>the program is open for reading only. Nothing was changed.</source>
        <translation>the program is open for reading only. Nothing was changed.</translation>
    </message>
    <message>
        <source>the program {program} is damaged: {what}. Nothing was written to it. Restore the database from its last dump (pg_restore) and ask its administrator.</source>
        <translation>the program {program} is damaged: {what}. Nothing was written to it. Restore the database from its last dump (pg_restore) and ask its administrator.</translation>
    </message>
    <message>
        <source>the program&apos;s id (see: smartcert program list)</source>
        <translation>the program&apos;s id (see: smartcert program list)</translation>
    </message>
    <message>
        <source>the program&apos;s name, e.g. 2021 스마트도시 인증</source>
        <translation>the program&apos;s name, e.g. 2021 스마트도시 인증</translation>
    </message>
    <message>
        <source>the program&apos;s passphrase must not be empty</source>
        <translation>the program&apos;s passphrase must not be empty</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>the reason</translation>
    </message>
    <message>
        <source>the recipient&apos;s encryption key is invalid; cannot seal {kind}</source>
        <translation>the recipient&apos;s encryption key is invalid; cannot seal {kind}</translation>
    </message>
    <message>
        <source>the recusal from applicant {code} needs a reason</source>
        <translation>the recusal from applicant {code} needs a reason</translation>
    </message>
    <message>
        <source>the row for applicant {applicant}, indicator {indicator} is missing; do not delete rows</source>
        <translation>the row for applicant {applicant}, indicator {indicator} is missing; do not delete rows</translation>
    </message>
    <message>
        <source>the sealed content is signed by another key than the {container}</source>
        <translation>the sealed content is signed by another key than the {container}</translation>
    </message>
    <message>
        <source>the sealed content names another evaluator, program or {counter} than the {container}</source>
        <translation>the sealed content names another evaluator, program or {counter} than the {container}</translation>
    </message>
    <message>
        <source>the self-signature does not match: the file was changed after it was written</source>
        <translation>the self-signature does not match: the file was changed after it was written</translation>
    </message>
    <message>
        <source>the sheet has more than {limit:,} rows below its header</source>
        <translation>the sheet has more than {limit:,} rows below its header</translation>
    </message>
    <message>
        <source>the sheet has more than {limit:,} rows below its header (the limit)</source>
        <translation>the sheet has more than {limit:,} rows below its header (the limit)</translation>
    </message>
    <message>
        <source>the sheet is damaged ({error}: {detail})</source>
        <translation>the sheet is damaged ({error}: {detail})</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>the sheet is empty</translation>
    </message>
    <message>
        <source>the sheet of {applicant} belongs to evaluator {evaluator}, not to {owner}; nothing was changed</source>
        <translation>the sheet of {applicant} belongs to evaluator {evaluator}, not to {owner}; nothing was changed</translation>
    </message>
    <message>
        <source>the signature does not match: the file was changed after it was signed (it claims to be signed by {fingerprint})</source>
        <translation>the signature does not match: the file was changed after it was signed (it claims to be signed by {fingerprint})</translation>
    </message>
    <message>
        <source>the signature does not match: the signature file was changed</source>
        <translation>the signature does not match: the signature file was changed</translation>
    </message>
    <message>
        <source>the signed content of a score bundle</source>
        <translation>the signed content of a score bundle</translation>
    </message>
    <message>
        <source>the signed content of an assignment package</source>
        <translation>the signed content of an assignment package</translation>
    </message>
    <message>
        <source>the state before the restore was kept as backup {name}</source>
        <translation>the state before the restore was kept as backup {name}</translation>
    </message>
    <message>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>the two passphrases differ; nothing was changed</translation>
    </message>
    <message>
        <source>the workbook changed while it was read; close it in the spreadsheet program and try again</source>
        <translation>the workbook changed while it was read; close it in the spreadsheet program and try again</translation>
    </message>
    <message>
        <source>the workbook has more than {limit:,} cells (the limit)</source>
        <translation>the workbook has more than {limit:,} cells (the limit)</translation>
    </message>
    <message>
        <source>the workbook has no sheet &apos;{sheet}&apos;</source>
        <translation>the workbook has no sheet &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>the workbook is damaged ({error}: {detail})</source>
        <translation>the workbook is damaged ({error}: {detail})</translation>
    </message>
    <message>
        <source>the workbook is damaged or not an .xlsx workbook ({detail})</source>
        <translation>the workbook is damaged or not an .xlsx workbook ({detail})</translation>
    </message>
    <message>
        <source>the workbook is damaged or not an .xlsx workbook ({error}: {detail})</source>
        <translation>the workbook is damaged or not an .xlsx workbook ({error}: {detail})</translation>
    </message>
    <message>
        <source>the workbook is damaged: an XML part is not well-formed ({detail})</source>
        <translation>the workbook is damaged: an XML part is not well-formed ({detail})</translation>
    </message>
    <message>
        <source>the workbook is refused: it has {size:,} bytes, more than the limit of {limit} MB</source>
        <translation>the workbook is refused: it has {size:,} bytes, more than the limit of {limit} MB</translation>
    </message>
    <message>
        <source>the workbook is refused: it holds a text of {count:,} characters; a cell holds at most {limit:,}</source>
        <translation>the workbook is refused: it holds a text of {count:,} characters; a cell holds at most {limit:,}</translation>
    </message>
    <message>
        <source>the workbook is refused: {problem}</source>
        <translation>the workbook is refused: {problem}</translation>
    </message>
    <message>
        <source>the workspace cannot be written (read-only disk or folder); copy it to a writable folder. Nothing was changed.</source>
        <translation>the workspace cannot be written (read-only disk or folder); copy it to a writable folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace database cannot be opened (missing, or no permission).</source>
        <translation>the workspace database cannot be opened (missing, or no permission).</translation>
    </message>
    <message>
        <source>the workspace database is damaged; restore a backup (smartcert program restore / smartcert evaluator restore). Nothing was changed.</source>
        <translation>the workspace database is damaged; restore a backup (smartcert program restore / smartcert evaluator restore). Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace is busy with another change; try again in a moment. Nothing was changed.</source>
        <translation>the workspace is busy with another change; try again in a moment. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {folder} cannot be opened for writing ({reason}). Nothing was changed.</source>
        <translation>the workspace {folder} cannot be opened for writing ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert (pid {pid} on {host}); close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>the workspace {folder} is in use by another smartcert (pid {pid} on {host}); close it there first, or wait until it has finished. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert (pid {pid}); close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>the workspace {folder} is in use by another smartcert (pid {pid}); close it there first, or wait until it has finished. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert (pid {pid}, since {since} on {host}); close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>the workspace {folder} is in use by another smartcert (pid {pid}, since {since} on {host}); close it there first, or wait until it has finished. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert (pid {pid}, since {since}); close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>the workspace {folder} is in use by another smartcert (pid {pid}, since {since}); close it there first, or wait until it has finished. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {folder} is in use by another smartcert; close it there first, or wait until it has finished. Nothing was changed.</source>
        <translation>the workspace {folder} is in use by another smartcert; close it there first, or wait until it has finished. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {folder} is on a read-only disk; smartcert cannot work in it there. Copy the folder to a writable disk. Nothing was changed.</source>
        <translation>the workspace {folder} is on a read-only disk; smartcert cannot work in it there. Copy the folder to a writable disk. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {path} is damaged: {what}. Nothing was written to it. {advice}</source>
        <translation>the workspace {path} is damaged: {what}. Nothing was written to it. {advice}</translation>
    </message>
    <message>
        <source>the workspace {path} is on a read-only disk; smartcert cannot open it there. Copy the folder to a writable disk. Nothing was changed.</source>
        <translation>the workspace {path} is on a read-only disk; smartcert cannot open it there. Copy the folder to a writable disk. Nothing was changed.</translation>
    </message>
    <message>
        <source>the workspace {path} is open for reading only; nothing was changed</source>
        <translation>the workspace {path} is open for reading only; nothing was changed</translation>
    </message>
    <message>
        <source>the workspace {path} was made by an older smartcert and must be updated before it can be viewed; open it when no other smartcert has it. Nothing was changed.</source>
        <translation>the workspace {path} was made by an older smartcert and must be updated before it can be viewed; open it when no other smartcert has it. Nothing was changed.</translation>
    </message>
    <message>
        <source>these keys are not this program&apos;s keys</source>
        <translation>these keys are not this program&apos;s keys</translation>
    </message>
    <message>
        <source>this information cell was changed: it must be blank or {given!r} (what level {level} gives), not {found}</source>
        <translation>this information cell was changed: it must be blank or {given!r} (what level {level} gives), not {found}</translation>
    </message>
    <message>
        <source>this information cell was changed: it must be {expected}, not {found} (only level, verified_value, comment and onsite_note may be edited)</source>
        <translation>this information cell was changed: it must be {expected}, not {found} (only level, verified_value, comment and onsite_note may be edited)</translation>
    </message>
    <message>
        <source>this information cell was changed: with no level it must be blank, not {found}</source>
        <translation>this information cell was changed: with no level it must be blank, not {found}</translation>
    </message>
    <message>
        <source>this program&apos;s key</source>
        <translation>this program&apos;s key</translation>
    </message>
    <message>
        <source>this workspace has no program</source>
        <translation>this workspace has no program</translation>
    </message>
    <message>
        <source>this workspace was written by a newer version of smartcert (schema {revision}); update smartcert to open it. Nothing was changed.</source>
        <translation>this workspace was written by a newer version of smartcert (schema {revision}); update smartcert to open it. Nothing was changed.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>trimming needs at least two evaluators</source>
        <translation>trimming needs at least two evaluators</translation>
    </message>
    <message>
        <source>try: smartcert results {program} --json {results}</source>
        <translation>try: smartcert results {program} --json {results}</translation>
    </message>
    <message>
        <source>unknown aggregation policy {policy!r}</source>
        <translation>unknown aggregation policy {policy!r}</translation>
    </message>
    <message>
        <source>unknown applicant {code}: it is neither in the sheet {sheet} nor already in the program</source>
        <translation>unknown applicant {code}: it is neither in the sheet {sheet} nor already in the program</translation>
    </message>
    <message>
        <source>unknown applicant {code}: it is not assigned in this score sheet ({applicants})</source>
        <translation>unknown applicant {code}: it is not assigned in this score sheet ({applicants})</translation>
    </message>
    <message>
        <source>unknown applicant {code}: it is not one of the applicants of this score sheet ({applicants})</source>
        <translation>unknown applicant {code}: it is not one of the applicants of this score sheet ({applicants})</translation>
    </message>
    <message>
        <source>unknown bundle payload version {schema!r} (this smartcert reads {known}); update smartcert</source>
        <translation>unknown bundle payload version {schema!r} (this smartcert reads {known}); update smartcert</translation>
    </message>
    <message>
        <source>unknown framework format {format!r} (expected {expected})</source>
        <translation>unknown framework format {format!r} (expected {expected})</translation>
    </message>
    <message>
        <source>unknown indicator field {field}</source>
        <translation>unknown indicator field {field}</translation>
    </message>
    <message>
        <source>unknown indicator {indicator}</source>
        <translation>unknown indicator {indicator}</translation>
    </message>
    <message>
        <source>unknown indicator {indicator} (not in framework {framework} version {version})</source>
        <translation>unknown indicator {indicator} (not in framework {framework} version {version})</translation>
    </message>
    <message>
        <source>unknown indicator {indicator} for applicant {applicant}</source>
        <translation>unknown indicator {indicator} for applicant {applicant}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (known keys: {keys})</source>
        <translation>unknown key &apos;{key}&apos; (known keys: {keys})</translation>
    </message>
    <message>
        <source>unknown level of measurement {level!r} (expected one of {levels})</source>
        <translation>unknown level of measurement {level!r} (expected one of {levels})</translation>
    </message>
    <message>
        <source>unknown package payload version {schema!r} (this smartcert reads {known}); update smartcert</source>
        <translation>unknown package payload version {schema!r} (this smartcert reads {known}); update smartcert</translation>
    </message>
    <message>
        <source>unknown parameter &apos;{key}&apos; (expected {allowed})</source>
        <translation>unknown parameter &apos;{key}&apos; (expected {allowed})</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>unknown particle {pair!r} (expected one of {pairs})</source>
        <translation>unknown particle {pair!r} (expected one of {pairs})</translation>
    </message>
    <message>
        <source>unknown rule &apos;{name}&apos; (expected one of {names})</source>
        <translation>unknown rule &apos;{name}&apos; (expected one of {names})</translation>
    </message>
    <message>
        <source>unknown rule &apos;{rule}&apos; (expected one of {rules})</source>
        <translation>unknown rule &apos;{rule}&apos; (expected one of {rules})</translation>
    </message>
    <message>
        <source>unknown sheet field {field}</source>
        <translation>unknown sheet field {field}</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>uses a reserved Windows device name</source>
        <translation>uses a reserved Windows device name</translation>
    </message>
    <message>
        <source>validate a framework workbook and show what it holds</source>
        <translation>validate a framework workbook and show what it holds</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos; does not fit rule {rule}</source>
        <translation>value &apos;{value}&apos; does not fit rule {rule}</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos; must not be negative</source>
        <translation>value &apos;{value}&apos; must not be negative</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos;: MET must not exceed TOTAL</source>
        <translation>value &apos;{value}&apos;: MET must not exceed TOTAL</translation>
    </message>
    <message>
        <source>value &apos;{value}&apos;: TOTAL must be greater than 0</source>
        <translation>value &apos;{value}&apos;: TOTAL must be greater than 0</translation>
    </message>
    <message>
        <source>value {problem}</source>
        <translation>value {problem}</translation>
    </message>
    <message>
        <source>value {value} is longer than {max} characters</source>
        <translation>value {value} is longer than {max} characters</translation>
    </message>
    <message>
        <source>value {value} is not MET/TOTAL (for example 3/5)</source>
        <translation>value {value} is not MET/TOTAL (for example 3/5)</translation>
    </message>
    <message>
        <source>value {value} is not a number</source>
        <translation>value {value} is not a number</translation>
    </message>
    <message>
        <source>value {value} is not one of the labels {allowed}</source>
        <translation>value {value} is not one of the labels {allowed}</translation>
    </message>
    <message>
        <source>value {value}: MET and TOTAL must be below 10^15</source>
        <translation>value {value}: MET and TOTAL must be below 10^15</translation>
    </message>
    <message>
        <source>verify and apply score bundles</source>
        <translation>verify and apply score bundles</translation>
    </message>
    <message>
        <source>verify, decrypt and load an assignment package</source>
        <translation>verify, decrypt and load an assignment package</translation>
    </message>
    <message>
        <source>version: {version}</source>
        <translation>version: {version}</translation>
    </message>
    <message>
        <source>was changed after it was written (it is not in its original canonical form)</source>
        <translation>was changed after it was written (it is not in its original canonical form)</translation>
    </message>
    <message>
        <source>where (default: the demo folder in your user data folder)</source>
        <translation>where (default: the demo folder in your user data folder)</translation>
    </message>
    <message>
        <source>write one signed assignment package per evaluator</source>
        <translation>write one signed assignment package per evaluator</translation>
    </message>
    <message>
        <source>write the score sheet workbook</source>
        <translation>write the score sheet workbook</translation>
    </message>
    <message>
        <source>write_signed cannot write kind {kind!r}</source>
        <translation>write_signed cannot write kind {kind!r}</translation>
    </message>
    <message>
        <source>wrong passphrase for the evaluator workspace {path}</source>
        <translation>wrong passphrase for the evaluator workspace {path}</translation>
    </message>
    <message>
        <source>wrong passphrase for the program workspace {path}</source>
        <translation>wrong passphrase for the program workspace {path}</translation>
    </message>
    <message>
        <source>wrong passphrase for the program {program}</source>
        <translation>wrong passphrase for the program {program}</translation>
    </message>
    <message>
        <source>wrong passphrase for {name}</source>
        <translation>wrong passphrase for {name}</translation>
    </message>
    <message>
        <source>wrote {count} PDF file(s) to {folder}</source>
        <translation>wrote {count} PDF file(s) to {folder}</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>wrote {file}</translation>
    </message>
    <message>
        <source>wrote {file} and {signature} (signed by {fingerprint})</source>
        <translation>wrote {file} and {signature} (signed by {fingerprint})</translation>
    </message>
    <message>
        <source>wrote {path} ({rows} rows)</source>
        <translation>wrote {path} ({rows} rows)</translation>
    </message>
    <message>
        <source>wrote {path}: sequence {sequence}, {applicants} applicants, {state}</source>
        <translation>wrote {path}: sequence {sequence}, {applicants} applicants, {state}</translation>
    </message>
    <message>
        <source>your key</source>
        <translation>your key</translation>
    </message>
    <message>
        <source>{applicants} applicants, {documents} evidence documents</source>
        <translation>{applicants} applicants, {documents} evidence documents</translation>
    </message>
    <message>
        <source>{applicants} applicants: {graded} graded, {certified} certified; results fingerprint {fingerprint}</source>
        <translation>{applicants} applicants: {graded} graded, {certified} certified; results fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>{applicant} ({count} without a conflict)</source>
        <translation>{applicant} ({count} without a conflict)</translation>
    </message>
    <message>
        <source>{applicant} is not assigned to {owner}; nothing was changed</source>
        <translation>{applicant} is not assigned to {owner}; nothing was changed</translation>
    </message>
    <message>
        <source>{applicant} {code}: a level on a quantitative indicator</source>
        <translation>{applicant} {code}: a level on a quantitative indicator</translation>
    </message>
    <message>
        <source>{applicant} {code}: a verified value on a qualitative indicator</source>
        <translation>{applicant} {code}: a verified value on a qualitative indicator</translation>
    </message>
    <message>
        <source>{applicant} {code}: level {level!r} is not in the Scale</source>
        <translation>{applicant} {code}: level {level!r} is not in the Scale</translation>
    </message>
    <message>
        <source>{applicant} {code}: {problem}</source>
        <translation>{applicant} {code}: {problem}</translation>
    </message>
    <message>
        <source>{applicant} {indicator}: comment missing</source>
        <translation>{applicant} {indicator}: comment missing</translation>
    </message>
    <message>
        <source>{applicant} {indicator}: level missing</source>
        <translation>{applicant} {indicator}: level missing</translation>
    </message>
    <message>
        <source>{applicant} {indicator}: no pending correction to dismiss; nothing was changed</source>
        <translation>{applicant} {indicator}: no pending correction to dismiss; nothing was changed</translation>
    </message>
    <message>
        <source>{applicant} {indicator}: {problem}</source>
        <translation>{applicant} {indicator}: {problem}</translation>
    </message>
    <message>
        <source>{applicant}: unknown indicator {code}</source>
        <translation>{applicant}: unknown indicator {code}</translation>
    </message>
    <message>
        <source>{applicant}: you recused yourself from this applicant; it cannot be scored</source>
        <translation>{applicant}: you recused yourself from this applicant; it cannot be scored</translation>
    </message>
    <message>
        <source>{asked} evaluators per applicant were asked for, but only {enrolled} are enrolled</source>
        <translation>{asked} evaluators per applicant were asked for, but only {enrolled} are enrolled</translation>
    </message>
    <message>
        <source>{assignments} assignments for {applicants} applicants</source>
        <translation>{assignments} assignments for {applicants} applicants</translation>
    </message>
    <message>
        <source>{code} (control character)</source>
        <translation>{code} (control character)</translation>
    </message>
    <message>
        <source>{code} (unnamed character, category {category})</source>
        <translation>{code} (unnamed character, category {category})</translation>
    </message>
    <message>
        <source>{code} ({rule}): {problem}</source>
        <translation>{code} ({rule}): {problem}</translation>
    </message>
    <message>
        <source>{code} is a qualitative indicator: evaluators score it, it takes no reported value</source>
        <translation>{code} is a qualitative indicator: evaluators score it, it takes no reported value</translation>
    </message>
    <message>
        <source>{code} is a quantitative indicator: it takes a reported value, not a self-assessed level</source>
        <translation>{code} is a quantitative indicator: it takes a reported value, not a self-assessed level</translation>
    </message>
    <message>
        <source>{code} is not certified: no certificate</source>
        <translation>{code} is not certified: no certificate</translation>
    </message>
    <message>
        <source>{code} is qualitative: it has no reported value to verify; leave verified_value blank and enter a level</source>
        <translation>{code} is qualitative: it has no reported value to verify; leave verified_value blank and enter a level</translation>
    </message>
    <message>
        <source>{code} is quantitative: it takes no level; leave level blank (use verified_value for a value you found)</source>
        <translation>{code} is quantitative: it takes no level; leave level blank (use verified_value for a value you found)</translation>
    </message>
    <message>
        <source>{column} is required</source>
        <translation>{column} is required</translation>
    </message>
    <message>
        <source>{column} must be a whole number of at least {minimum:,}, not {value:,}</source>
        <translation>{column} must be a whole number of at least {minimum:,}, not {value:,}</translation>
    </message>
    <message>
        <source>{column} must be a whole number of at most {maximum:,}, not {value:,}</source>
        <translation>{column} must be a whole number of at most {maximum:,}, not {value:,}</translation>
    </message>
    <message>
        <source>{column} must be at least {minimum}, not {value}</source>
        <translation>{column} must be at least {minimum}, not {value}</translation>
    </message>
    <message>
        <source>{column} must be at most {maximum}, not {value}</source>
        <translation>{column} must be at most {maximum}, not {value}</translation>
    </message>
    <message>
        <source>{column} must be greater than 0, not {value}</source>
        <translation>{column} must be greater than 0, not {value}</translation>
    </message>
    <message>
        <source>{count} attachment(s), each hash checked</source>
        <translation>{count} attachment(s), each hash checked</translation>
    </message>
    <message>
        <source>{count} entries written to {path}</source>
        <translation>{count} entries written to {path}</translation>
    </message>
    <message>
        <source>{count} item(s) missing; complete them or submit with --allow-incomplete. Nothing was written.</source>
        <translation>{count} item(s) missing; complete them or submit with --allow-incomplete. Nothing was written.</translation>
    </message>
    <message>
        <source>{database}: cannot open the workspace database: no permission to read it or to write in its folder; open it as the user it belongs to, or ask for access. Nothing was changed.</source>
        <translation>{database}: cannot open the workspace database: no permission to read it or to write in its folder; open it as the user it belongs to, or ask for access. Nothing was changed.</translation>
    </message>
    <message>
        <source>{database}: no program {program} in this database; list them with: smartcert program list --database {database}</source>
        <translation>{database}: no program {program} in this database; list them with: smartcert program list --database {database}</translation>
    </message>
    <message>
        <source>{description} cannot be checked against a program</source>
        <translation>{description} cannot be checked against a program</translation>
    </message>
    <message>
        <source>{file} (sealed content)</source>
        <translation>{file} (sealed content)</translation>
    </message>
    <message>
        <source>{folder}: cannot prepare the restore: {problem}</source>
        <translation>{folder}: cannot prepare the restore: {problem}</translation>
    </message>
    <message>
        <source>{folder}: connected to program {id} in {database}</source>
        <translation>{folder}: connected to program {id} in {database}</translation>
    </message>
    <message>
        <source>{folder}: no backups yet</source>
        <translation>{folder}: no backups yet</translation>
    </message>
    <message>
        <source>{indicator} is qualitative; it has no reported value to verify</source>
        <translation>{indicator} is qualitative; it has no reported value to verify</translation>
    </message>
    <message>
        <source>{indicator} is qualitative; only quantitative values can be corrected</source>
        <translation>{indicator} is qualitative; only quantitative values can be corrected</translation>
    </message>
    <message>
        <source>{indicator} is quantitative; it takes no level</source>
        <translation>{indicator} is quantitative; it takes no level</translation>
    </message>
    <message>
        <source>{indicator}: level {level!r} is not in the Scale ({scale})</source>
        <translation>{indicator}: level {level!r} is not in the Scale ({scale})</translation>
    </message>
    <message>
        <source>{indicator}: {problem}</source>
        <translation>{indicator}: {problem}</translation>
    </message>
    <message>
        <source>{key}: missing</source>
        <translation>{key}: missing</translation>
    </message>
    <message>
        <source>{name}  [{count} indicators]</source>
        <translation>{name}  [{count} indicators]</translation>
    </message>
    <message>
        <source>{name} does not match its SHA-256</source>
        <translation>{name} does not match its SHA-256</translation>
    </message>
    <message>
        <source>{name} is missing</source>
        <translation>{name} is missing</translation>
    </message>
    <message>
        <source>{name}: accepted ({evaluator}, sequence {sequence})</source>
        <translation>{name}: accepted ({evaluator}, sequence {sequence})</translation>
    </message>
    <message>
        <source>{name}: duplicate ({evaluator}, sequence {sequence})</source>
        <translation>{name}: duplicate ({evaluator}, sequence {sequence})</translation>
    </message>
    <message>
        <source>{name}: rejected: {reason}</source>
        <translation>{name}: rejected: {reason}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>{name}: {verdict}</source>
        <translation>{name}: {verdict}</translation>
    </message>
    <message>
        <source>{number} has more than {digits} digits after the decimal point</source>
        <translation>{number} has more than {digits} digits after the decimal point</translation>
    </message>
    <message>
        <source>{number} has {significant} significant digits; at most {digits} are allowed</source>
        <translation>{number} has {significant} significant digits; at most {digits} are allowed</translation>
    </message>
    <message>
        <source>{number} is not a finite number</source>
        <translation>{number} is not a finite number</translation>
    </message>
    <message>
        <source>{number} is not a number</source>
        <translation>{number} is not a number</translation>
    </message>
    <message>
        <source>{number} is too large: its absolute value must be below 10^15</source>
        <translation>{number} is too large: its absolute value must be below 10^15</translation>
    </message>
    <message>
        <source>{number} is too long to be a number (at most {count} characters)</source>
        <translation>{number} is too long to be a number (at most {count} characters)</translation>
    </message>
    <message>
        <source>{package}: already imported; nothing changed</source>
        <translation>{package}: already imported; nothing changed</translation>
    </message>
    <message>
        <source>{part} does not match its SHA-256 in the header</source>
        <translation>{part} does not match its SHA-256 in the header</translation>
    </message>
    <message>
        <source>{path}  ({evaluator}, {applicants} applicants)</source>
        <translation>{path}  ({evaluator}, {applicants} applicants)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook</source>
        <translation>{path} is a folder, not a workbook</translation>
    </message>
    <message>
        <source>{path}: backup {name} cannot be restored: {problem}</source>
        <translation>{path}: backup {name} cannot be restored: {problem}</translation>
    </message>
    <message>
        <source>{path}: backup {name} is of a program workspace, not an evaluator workspace</source>
        <translation>{path}: backup {name} is of a program workspace, not an evaluator workspace</translation>
    </message>
    <message>
        <source>{path}: backup {name} is of an evaluator workspace, not a program workspace</source>
        <translation>{path}: backup {name} is of an evaluator workspace, not a program workspace</translation>
    </message>
    <message>
        <source>{path}: cannot read the enrolment file: {problem}</source>
        <translation>{path}: cannot read the enrolment file: {problem}</translation>
    </message>
    <message>
        <source>{path}: cannot read the key file ({problem})</source>
        <translation>{path}: cannot read the key file ({problem})</translation>
    </message>
    <message>
        <source>{path}: evaluator {evaluator} is already enrolled with another key ({enrolled}); this file has {fingerprint}. Nothing was changed.</source>
        <translation>{path}: evaluator {evaluator} is already enrolled with another key ({enrolled}); this file has {fingerprint}. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path}: evidence document {document} cannot be read: {problem}</source>
        <translation>{path}: evidence document {document} cannot be read: {problem}</translation>
    </message>
    <message>
        <source>{path}: exists and is not a folder</source>
        <translation>{path}: exists and is not a folder</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: is a folder; give a file name</translation>
    </message>
    <message>
        <source>{path}: is a folder; give the bundle a file name</source>
        <translation>{path}: is a folder; give the bundle a file name</translation>
    </message>
    <message>
        <source>{path}: no backup named {name}; list them with: smartcert {role} restore {path}</source>
        <translation>{path}: no backup named {name}; list them with: smartcert {role} restore {path}</translation>
    </message>
    <message>
        <source>{path}: no such workspace folder</source>
        <translation>{path}: no such workspace folder</translation>
    </message>
    <message>
        <source>{path}: not a smartcert evaluator workspace (no {database})</source>
        <translation>{path}: not a smartcert evaluator workspace (no {database})</translation>
    </message>
    <message>
        <source>{path}: not a smartcert program workspace (no {database})</source>
        <translation>{path}: not a smartcert program workspace (no {database})</translation>
    </message>
    <message>
        <source>{path}: the folder is not empty; choose a new or empty folder</source>
        <translation>{path}: the folder is not empty; choose a new or empty folder</translation>
    </message>
    <message>
        <source>{path}: the program {program} is not in the database {database} (no schema {schema}); the connection file points to another database, or the program was removed there</source>
        <translation>{path}: the program {program} is not in the database {database} (no schema {schema}); the connection file points to another database, or the program was removed there</translation>
    </message>
    <message>
        <source>{path}: the program&apos;s store is the PostgreSQL database {database}; smartcert keeps no backups of it: back it up with pg_dump (pg_dump --format=custom --schema={schema} ...) and restore that with pg_restore (README, &quot;The agency&apos;s store on PostgreSQL&quot;). Nothing was changed.</source>
        <translation>{path}: the program&apos;s store is the PostgreSQL database {database}; smartcert keeps no backups of it: back it up with pg_dump (pg_dump --format=custom --schema={schema} ...) and restore that with pg_restore (README, &quot;The agency&apos;s store on PostgreSQL&quot;). Nothing was changed.</translation>
    </message>
    <message>
        <source>{path}: this is a program workspace, not an evaluator workspace</source>
        <translation>{path}: this is a program workspace, not an evaluator workspace</translation>
    </message>
    <message>
        <source>{path}: this is an evaluator workspace, not a program workspace</source>
        <translation>{path}: this is an evaluator workspace, not a program workspace</translation>
    </message>
    <message>
        <source>{path}: this is not a program workspace</source>
        <translation>{path}: this is not a program workspace</translation>
    </message>
    <message>
        <source>{path}: this is not an evaluator workspace</source>
        <translation>{path}: this is not an evaluator workspace</translation>
    </message>
    <message>
        <source>{path}: this key is already enrolled as evaluator {evaluator}</source>
        <translation>{path}: this key is already enrolled as evaluator {evaluator}</translation>
    </message>
    <message>
        <source>{path}: this would write into the workspace {workspace} ({what}); choose a place outside it. Nothing was written.</source>
        <translation>{path}: this would write into the workspace {workspace} ({what}); choose a place outside it. Nothing was written.</translation>
    </message>
    <message>
        <source>{problem} (evidence document {document} of {applicant})</source>
        <translation>{problem} (evidence document {document} of {applicant})</translation>
    </message>
    <message>
        <source>{problem}; rename the file</source>
        <translation>{problem}; rename the file</translation>
    </message>
    <message>
        <source>{program}: this program was written by a newer version of smartcert (schema {schema}); update smartcert to open it. Nothing was changed.</source>
        <translation>{program}: this program was written by a newer version of smartcert (schema {schema}); update smartcert to open it. Nothing was changed.</translation>
    </message>
    <message>
        <source>{reasons} (and {count} more)</source>
        <translation>{reasons} (and {count} more)</translation>
    </message>
    <message>
        <source>{root}: the folder is not empty and is not a smartcert demo; choose another</source>
        <translation>{root}: the folder is not empty and is not a smartcert demo; choose another</translation>
    </message>
    <message>
        <source>{rule} parameters: {problem}</source>
        <translation>{rule} parameters: {problem}</translation>
    </message>
    <message>
        <source>{schema} is not the schema of program {program}</source>
        <translation>{schema} is not the schema of program {program}</translation>
    </message>
    <message>
        <source>{start}... ({count} characters)</source>
        <translation>{start}... ({count} characters)</translation>
    </message>
    <message>
        <source>{store}: evidence document {document} is missing</source>
        <translation>{store}: evidence document {document} is missing</translation>
    </message>
    <message>
        <source>{value} {problem}</source>
        <translation>{value} {problem}</translation>
    </message>
    <message>
        <source>{what} holds a number that is not finite</source>
        <translation>{what} holds a number that is not finite</translation>
    </message>
    <message>
        <source>{what} is nested too deeply</source>
        <translation>{what} is nested too deeply</translation>
    </message>
    <message>
        <source>{what} is not valid JSON</source>
        <translation>{what} is not valid JSON</translation>
    </message>
    <message>
        <source>{what} is not valid UTF-8</source>
        <translation>{what} is not valid UTF-8</translation>
    </message>
    <message>
        <source>{what} must be text</source>
        <translation>{what} must be text</translation>
    </message>
    <message>
        <source>{what} repeats the key {key!r}</source>
        <translation>{what} repeats the key {key!r}</translation>
    </message>
    <message>
        <source>{what} {code}</source>
        <translation>{what} {code}</translation>
    </message>
    <message>
        <source>{what} {code} is named &apos;{name}&apos; in row {row}, but &apos;{text}&apos; here; the names must agree on every row</source>
        <translation>{what} {code} is named &apos;{name}&apos; in row {row}, but &apos;{text}&apos; here; the names must agree on every row</translation>
    </message>
    <message>
        <source>{what} {code} {problem}</source>
        <translation>{what} {code} {problem}</translation>
    </message>
    <message>
        <source>{what} {problem}</source>
        <translation>{what} {problem}</translation>
    </message>
    <message>
        <source>{what}: ratio {ratio} is outside [0, 1]</source>
        <translation>{what}: ratio {ratio} is outside [0, 1]</translation>
    </message>
    <message>
        <source>{what}: {number} is not a number</source>
        <translation>{what}: {number} is not a number</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
</context>
<context>
    <name>MissingTableModel</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Comment (required for this level)</source>
        <translation>Comment (required for this level)</translation>
    </message>
    <message>
        <source>Double-click to go to this indicator</source>
        <translation>Double-click to go to this indicator</translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <source>New Evaluator Identity</source>
        <translation>New Evaluator Identity</translation>
    </message>
    <message>
        <source>Your identity is a pair of keys kept in a workspace folder on this computer. The operating agency enrols its public half from the enrolment file you hand them; your scores are signed with it.</source>
        <translation>Your identity is a pair of keys kept in a workspace folder on this computer. The operating agency enrols its public half from the enrolment file you hand them; your scores are signed with it.</translation>
    </message>
    <message>
        <source>Evaluator &amp;ID:</source>
        <translation>Evaluator &amp;ID:</translation>
    </message>
    <message>
        <source>as given by the operating agency, e.g. E01</source>
        <translation>as given by the operating agency, e.g. E01</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Folder for the New Workspace</source>
        <translation>Folder for the New Workspace</translation>
    </message>
    <message>
        <source>The ID is 1–32 letters, digits, - or _.</source>
        <translation>The ID is 1–32 letters, digits, - or _.</translation>
    </message>
    <message>
        <source>Enter your name as the agency knows it.</source>
        <translation>Enter your name as the agency knows it.</translation>
    </message>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Choose a folder for the workspace.</translation>
    </message>
    <message>
        <source>The folder is not empty; choose a new or empty folder.</source>
        <translation>The folder is not empty; choose a new or empty folder.</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>New Program</source>
        <translation>New Program</translation>
    </message>
    <message>
        <source>A program workspace holds one certification round: its framework, applicants, evaluators, assignments, merged score bundles and the program&apos;s keys. Choose the framework workbook and a new or empty folder.</source>
        <translation>A program workspace holds one certification round: its framework, applicants, evaluators, assignments, merged score bundles and the program&apos;s keys. Choose the framework workbook and a new or empty folder.</translation>
    </message>
    <message>
        <source>&amp;Framework workbook:</source>
        <translation>&amp;Framework workbook:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Use the &amp;Sample</source>
        <translation>Use the &amp;Sample</translation>
    </message>
    <message>
        <source>The sample framework included with this program (not official)</source>
        <translation>The sample framework included with this program (not official)</translation>
    </message>
    <message>
        <source>Program fol&amp;der:</source>
        <translation>Program fol&amp;der:</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>Program &amp;name:</source>
        <translation>Program &amp;name:</translation>
    </message>
    <message>
        <source>Framework Workbook</source>
        <translation>Framework Workbook</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Program Folder</source>
        <translation>Program Folder</translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4 domains, %5 items, %6 indicators, %7 points</source>
        <translation>%1 (%2 %3): %4 domains, %5 items, %6 indicators, %7 points</translation>
    </message>
    <message>
        <source>SAMPLE framework: not the official indicator set.</source>
        <translation>SAMPLE framework: not the official indicator set.</translation>
    </message>
    <message>
        <source>The workbook cannot be used:</source>
        <translation>The workbook cannot be used:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a valid framework workbook.</source>
        <translation>Choose a valid framework workbook.</translation>
    </message>
    <message>
        <source>Choose the folder for the new program.</source>
        <translation>Choose the folder for the new program.</translation>
    </message>
    <message>
        <source>The chosen path is a file, not a folder.</source>
        <translation>The chosen path is a file, not a folder.</translation>
    </message>
    <message>
        <source>The folder is not empty; choose a new or empty folder.</source>
        <translation>The folder is not empty; choose a new or empty folder.</translation>
    </message>
</context>
<context>
    <name>PackageReviewDialog</name>
    <message>
        <source>Import Assignment Package</source>
        <translation>Import Assignment Package</translation>
    </message>
    <message>
        <source>✓ %1 is intact and signed by the program key below. Nothing has been loaded yet.</source>
        <translation>✓ %1 is intact and signed by the program key below. Nothing has been loaded yet.</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Framework:</translation>
    </message>
    <message>
        <source>For evaluator:</source>
        <translation>For evaluator:</translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation>Package number:</translation>
    </message>
    <message>
        <source>Applicants:</source>
        <translation>Applicants:</translation>
    </message>
    <message>
        <source>Evidence documents:</source>
        <translation>Evidence documents:</translation>
    </message>
    <message>
        <source>%1 files, %2 MB</source>
        <translation>%1 files, %2 MB</translation>
    </message>
    <message>
        <source>Program key fingerprint:</source>
        <translation>Program key fingerprint:</translation>
    </message>
    <message>
        <source>This is the first package of this program in your workspace. Compare the fingerprint with the one the operating agency gave you (by phone or on paper) before you import it.</source>
        <translation>This is the first package of this program in your workspace. Compare the fingerprint with the one the operating agency gave you (by phone or on paper) before you import it.</translation>
    </message>
    <message>
        <source>Signed by the same program key as the package you imported before. Every score you have entered is kept.</source>
        <translation>Signed by the same program key as the package you imported before. Every score you have entered is kept.</translation>
    </message>
    <message>
        <source>This package has already been imported; importing it again changes nothing.</source>
        <translation>This package has already been imported; importing it again changes nothing.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
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
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PendingCorrectionsModel</name>
    <message>
        <source>The value the evaluator found when checking the evidence</source>
        <translation>The value the evaluator found when checking the evidence</translation>
    </message>
    <message>
        <source>The value the points are computed from now (reported or accepted)</source>
        <translation>The value the points are computed from now (reported or accepted)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Indicator name</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Verified value</source>
        <translation>Verified value</translation>
    </message>
    <message>
        <source>Value in effect</source>
        <translation>Value in effect</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 found %2 for %3 %4.</source>
        <translation>%1 found %2 for %3 %4.</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProgramPage</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Program ID:</source>
        <translation>Program ID:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Framework:</translation>
    </message>
    <message>
        <source>Framework hash:</source>
        <translation>Framework hash:</translation>
    </message>
    <message>
        <source>Total points:</source>
        <translation>Total points:</translation>
    </message>
    <message>
        <source>Aggregation:</source>
        <translation>Aggregation:</translation>
    </message>
    <message>
        <source>Evaluators:</source>
        <translation>Evaluators:</translation>
    </message>
    <message>
        <source>Large city from:</source>
        <translation>Large city from:</translation>
    </message>
    <message>
        <source>Qualitative scale:</source>
        <translation>Qualitative scale:</translation>
    </message>
    <message>
        <source>Grades:</source>
        <translation>Grades:</translation>
    </message>
    <message>
        <source>Domains, items and indicators</source>
        <translation>Domains, items and indicators</translation>
    </message>
    <message>
        <source>SAMPLE framework: this program is scored with the sample indicator set included with the program, not the official one. Results made with it are examples only.</source>
        <translation>SAMPLE framework: this program is scored with the sample indicator set included with the program, not the official one. Results made with it are examples only.</translation>
    </message>
    <message>
        <source>Evaluators check packages against this fingerprint; read it to them by phone if they ask.</source>
        <translation>Evaluators check packages against this fingerprint; read it to them by phone if they ask.</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, version %3)</translation>
    </message>
    <message>
        <source>%1 in %2 domains, %3 items, %4 indicators (%5 quantitative, %6 qualitative)</source>
        <translation>%1 in %2 domains, %3 items, %4 indicators (%5 quantitative, %6 qualitative)</translation>
    </message>
    <message>
        <source>at least %1 counted for a grade</source>
        <translation>at least %1 counted for a grade</translation>
    </message>
    <message>
        <source>population %1</source>
        <translation>population %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 of the points</source>
        <translation>%1 %2: %3 of the points</translation>
    </message>
    <message>
        <source>Grade %1: from %2 of the total</source>
        <translation>Grade %1: from %2 of the total</translation>
    </message>
    <message>
        <source>(large cities)</source>
        <translation>(large cities)</translation>
    </message>
    <message>
        <source>(small cities)</source>
        <translation>(small cities)</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certified</translation>
    </message>
    <message>
        <source>From %1 evaluators, the highest and the lowest qualitative total are left out; the rest are averaged per indicator.</source>
        <translation>From %1 evaluators, the highest and the lowest qualitative total are left out; the rest are averaged per indicator.</translation>
    </message>
    <message>
        <source>From %1 evaluators, the highest and the lowest value of each indicator are left out; the rest are averaged.</source>
        <translation>From %1 evaluators, the highest and the lowest value of each indicator are left out; the rest are averaged.</translation>
    </message>
    <message>
        <source>The median of the evaluators&apos; points on each indicator.</source>
        <translation>The median of the evaluators&apos; points on each indicator.</translation>
    </message>
    <message>
        <source>The mean of the evaluators&apos; points on each indicator.</source>
        <translation>The mean of the evaluators&apos; points on each indicator.</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Evaluators counted (complete sheets in merged bundles)</source>
        <translation>Evaluators counted (complete sheets in merged bundles)</translation>
    </message>
    <message>
        <source>Total as a share of the framework&apos;s maximum, truncated to 0.1%</source>
        <translation>Total as a share of the framework&apos;s maximum, truncated to 0.1%</translation>
    </message>
    <message>
        <source>Missing data and disagreement between evaluators</source>
        <translation>Missing data and disagreement between evaluators</translation>
    </message>
    <message>
        <source>Corrected values waiting for the chair&apos;s decision</source>
        <translation>Corrected values waiting for the chair&apos;s decision</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>City type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evaluators</source>
        <translation>Evaluators</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Fewer evaluators counted than the framework&apos;s minimum: no grade yet.</source>
        <translation>Fewer evaluators counted than the framework&apos;s minimum: no grade yet.</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 of %2 points</translation>
    </message>
</context>
<context>
    <name>RecusalDialog</name>
    <message>
        <source>Recuse from Applicant</source>
        <translation>Recuse from Applicant</translation>
    </message>
    <message>
        <source>You declare a conflict of interest with %1 and will not score it. The form becomes read-only, and your bundle says that you recused yourself and why. You can withdraw the recusal later.</source>
        <translation>You declare a conflict of interest with %1 and will not score it. The form becomes read-only, and your bundle says that you recused yourself and why. You can withdraw the recusal later.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>ReportedValuesModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (reported %2)</source>
        <translation>%1 (reported %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The chair accepted the corrected value %1; the applicant reported %2.</source>
        <translation>The chair accepted the corrected value %1; the applicant reported %2.</translation>
    </message>
    <message>
        <source>No reported value: the indicator scores 0 and is flagged as missing data.</source>
        <translation>No reported value: the indicator scores 0 and is flagged as missing data.</translation>
    </message>
    <message>
        <source>The value does not fit the indicator&apos;s rule: it scores 0.</source>
        <translation>The value does not fit the indicator&apos;s rule: it scores 0.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>&amp;City type:</source>
        <translation>&amp;City type:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>%1 applicants: %2 graded, %3 certified.</source>
        <translation>%1 applicants: %2 graded, %3 certified.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) wait for a decision; the results may still change.</source>
        <translation>
            <numerusform>%n correction wait for a decision; the results may still change.</numerusform>
            <numerusform>%n corrections wait for a decision; the results may still change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Committee agreement (Krippendorff&apos;s alpha): not available.</source>
        <translation>Committee agreement (Krippendorff&apos;s alpha): not available.</translation>
    </message>
    <message>
        <source>Committee agreement (Krippendorff&apos;s alpha, ordinal): %1 (%2).</source>
        <translation>Committee agreement (Krippendorff&apos;s alpha, ordinal): %1 (%2).</translation>
    </message>
    <message>
        <source>Committee agreement (Krippendorff&apos;s alpha, ordinal): %1, %2; %3 evaluators, %4 applicant × indicator units rated at least twice.</source>
        <translation>Committee agreement (Krippendorff&apos;s alpha, ordinal): %1, %2; %3 evaluators, %4 applicant × indicator units rated at least twice.</translation>
    </message>
    <message>
        <source>Computed with the SAMPLE framework: examples, not official results.</source>
        <translation>Computed with the SAMPLE framework: examples, not official results.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Applicant:</translation>
    </message>
    <message>
        <source>Only fla&amp;gged indicators</source>
        <translation>Only fla&amp;gged indicators</translation>
    </message>
    <message>
        <source>Grey and struck through: trimmed (left out as highest or lowest). Highlighted rows: a flag (missing data, spread) or a pending correction. %1 in a column header: the evaluator&apos;s qualitative total deviates from the panel mean.</source>
        <translation>Grey and struck through: trimmed (left out as highest or lowest). Highlighted rows: a flag (missing data, spread) or a pending correction. %1 in a column header: the evaluator&apos;s qualitative total deviates from the panel mean.</translation>
    </message>
    <message>
        <source>No applicant.</source>
        <translation>No applicant.</translation>
    </message>
    <message>
        <source>%1 %2: %3, total %4 of %5</source>
        <translation>%1 %2: %3, total %4 of %5</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>grade %1</translation>
    </message>
    <message>
        <source>(certified)</source>
        <translation>(certified)</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluator(s) counted</source>
        <translation>
            <numerusform>%n evaluator counted</numerusform>
            <numerusform>%n evaluators counted</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted: %1</source>
        <translation>not counted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n flagged indicator(s)</source>
        <translation>
            <numerusform>%n flagged indicator</numerusform>
            <numerusform>%n flagged indicators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleWords</name>
    <message>
        <source>Bands</source>
        <translation>Bands</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>%1 or more: %2</source>
        <translation>%1 or more: %2</translation>
    </message>
    <message>
        <source>more than %1: %2</source>
        <translation>more than %1: %2</translation>
    </message>
    <message>
        <source>%1 or less: %2</source>
        <translation>%1 or less: %2</translation>
    </message>
    <message>
        <source>less than %1: %2</source>
        <translation>less than %1: %2</translation>
    </message>
    <message>
        <source>otherwise %1</source>
        <translation>otherwise %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>target %1, full points from there</source>
        <translation>target %1, full points from there</translation>
    </message>
    <message>
        <source>target %1 for large cities, %2 for small and medium ones</source>
        <translation>target %1 for large cities, %2 for small and medium ones</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>floor %1, %2</source>
        <translation>floor %1, %2</translation>
    </message>
    <message>
        <source>items met ÷ items in all</source>
        <translation>items met ÷ items in all</translation>
    </message>
    <message>
        <source>the evaluators&apos; level, by the Scale&apos;s ratios</source>
        <translation>the evaluators&apos; level, by the Scale&apos;s ratios</translation>
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
    <name>ScoreFormPage</name>
    <message>
        <source>%1 · %2 · population %3</source>
        <translation>%1 · %2 · population %3</translation>
    </message>
    <message>
        <source>%1 / %2 done · total %3 / %4</source>
        <translation>%1 / %2 done · total %3 / %4</translation>
    </message>
    <message>
        <source>You recused yourself from this applicant (reason: %1). The form is read-only and your bundle will say that you did not score it.</source>
        <translation>You recused yourself from this applicant (reason: %1). The form is read-only and your bundle will say that you did not score it.</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Evidence documents (%1)</source>
        <translation>Evidence documents (%1)</translation>
    </message>
    <message>
        <source>The evidence document %1 is missing from the workspace. Import the assignment package again.</source>
        <translation>The evidence document %1 is missing from the workspace. Import the assignment package again.</translation>
    </message>
    <message>
        <source>No program on this computer could open %1. Install a PDF viewer and try again.</source>
        <translation>No program on this computer could open %1. Install a PDF viewer and try again.</translation>
    </message>
    <message>
        <source>Viewing read-only: another smartcert has this workspace, so nothing can be changed here.</source>
        <translation>Viewing read-only: another smartcert has this workspace, so nothing can be changed here.</translation>
    </message>
    <message>
        <source>You recused yourself from this applicant; withdraw the recusal to score it.</source>
        <translation>You recused yourself from this applicant; withdraw the recusal to score it.</translation>
    </message>
    <message>
        <source>Level %1 needs a comment: press Enter to write it.</source>
        <translation>Level %1 needs a comment: press Enter to write it.</translation>
    </message>
    <message>
        <source>Every indicator of this applicant is done. Ctrl+PgDown: the next applicant.</source>
        <translation>Every indicator of this applicant is done. Ctrl+PgDown: the next applicant.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>the Scale&apos;s keys set the level</source>
        <translation>the Scale&apos;s keys set the level</translation>
    </message>
    <message>
        <source>%1 level (%2 … %3)</source>
        <translation>%1 level (%2 … %3)</translation>
    </message>
    <message>
        <source>Keys: ↑ ↓ Tab move · %1 · Enter next · Del clear · F2 text · Esc back · F8 next to do · Ctrl+PgDown next applicant · Ctrl+Z undo</source>
        <translation>Keys: ↑ ↓ Tab move · %1 · Enter next · Del clear · F2 text · Esc back · F8 next to do · Ctrl+PgDown next applicant · Ctrl+Z undo</translation>
    </message>
    <message>
        <source>◀ Applicants</source>
        <translation>◀ Applicants</translation>
    </message>
    <message>
        <source>Back to the list of applicants (Alt+Left)</source>
        <translation>Back to the list of applicants (Alt+Left)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Previous applicant (Ctrl+PgUp)</source>
        <translation>Previous applicant (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Next applicant (Ctrl+PgDown)</source>
        <translation>Next applicant (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Recuse…</source>
        <translation>Recuse…</translation>
    </message>
    <message>
        <source>Declare a conflict of interest (회피): you will not score this applicant</source>
        <translation>Declare a conflict of interest (회피): you will not score this applicant</translation>
    </message>
    <message>
        <source>&amp;Withdraw Recusal</source>
        <translation>&amp;Withdraw Recusal</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Overall comment</translation>
    </message>
    <message>
        <source>On-site inspection (현장실사)</source>
        <translation>On-site inspection (현장실사)</translation>
    </message>
    <message>
        <source>On-site inspection (현장실사) note for the whole applicant</source>
        <translation>On-site inspection (현장실사) note for the whole applicant</translation>
    </message>
    <message>
        <source>A comment on the applicant as a whole (optional)</source>
        <translation>A comment on the applicant as a whole (optional)</translation>
    </message>
    <message>
        <source>What the on-site inspection found (optional)</source>
        <translation>What the on-site inspection found (optional)</translation>
    </message>
</context>
<context>
    <name>ScoreTreeModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>✓ done · ! comment required · ○ still to do</source>
        <translation>✓ done · ! comment required · ○ still to do</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>A comment is required for this level</source>
        <translation>A comment is required for this level</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Still to do</translation>
    </message>
</context>
<context>
    <name>SheetChangeModel</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Value found</source>
        <translation>Value found</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>On-site note</source>
        <translation>On-site note</translation>
    </message>
    <message>
        <source>Recusal (reason)</source>
        <translation>Recusal (reason)</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>(whole sheet)</source>
        <translation>(whole sheet)</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import Score Sheet</source>
        <translation>Import Score Sheet</translation>
    </message>
    <message numerus="yes">
        <source>%1 would change %2 of your entries in %n applicant sheet(s), as listed. Nothing is changed until you import; afterwards Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>
            <numerusform>%1 would change %2 of your entries in %n applicant sheet, as listed. Nothing is changed until you import; afterwards Undo (Ctrl+Z) takes the whole import back.</numerusform>
            <numerusform>%1 would change %2 of your entries in %n applicant sheets, as listed. Nothing is changed until you import; afterwards Undo (Ctrl+Z) takes the whole import back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Change(s)</source>
        <translation>
            <numerusform>&amp;Import %n Change</numerusform>
            <numerusform>&amp;Import %n Changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <source>%1 %2: points %3 of %4</source>
        <translation>%1 %2: points %3 of %4</translation>
    </message>
    <message>
        <source>Select an indicator to see how far the evaluators are apart.</source>
        <translation>Select an indicator to see how far the evaluators are apart.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — quantitative: %2 of %3 points from the value in effect</source>
        <translation>%1 — quantitative: %2 of %3 points from the value in effect</translation>
    </message>
    <message>
        <source>%1 — no counted evaluator yet</source>
        <translation>%1 — no counted evaluator yet</translation>
    </message>
    <message>
        <source>%1 — evaluators from %2 to %3 of %4 points; result %5</source>
        <translation>%1 — evaluators from %2 to %3 of %4 points; result %5</translation>
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
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
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
        <source>Try the &amp;Demo Round…</source>
        <translation>Try the &amp;Demo Round…</translation>
    </message>
    <message>
        <source>A whole sample round on this computer: score as evaluator E01, or look at the chair&apos;s side. Every key of the demo has the passphrase demo.</source>
        <translation>A whole sample round on this computer: score as evaluator E01, or look at the chair&apos;s side. Every key of the demo has the passphrase demo.</translation>
    </message>
    <message>
        <source>The indicator framework included with this program is a sample, not the official indicator set.</source>
        <translation>The indicator framework included with this program is a sample, not the official indicator set.</translation>
    </message>
</context>
<context>
    <name>SubmitReviewPage</name>
    <message>
        <source>⚠ The bundle will be marked incomplete. The operating agency counts only complete sheets: an applicant whose sheet is incomplete gets no score from you until you submit again with it complete.</source>
        <translation>⚠ The bundle will be marked incomplete. The operating agency counts only complete sheets: an applicant whose sheet is incomplete gets no score from you until you submit again with it complete.</translation>
    </message>
    <message>
        <source>Complete the items above (double-click one to go there), or tick the box to submit an incomplete bundle anyway.</source>
        <translation>Complete the items above (double-click one to go there), or tick the box to submit an incomplete bundle anyway.</translation>
    </message>
    <message>
        <source>◀ Applicants</source>
        <translation>◀ Applicants</translation>
    </message>
    <message>
        <source>Review and Submit</source>
        <translation>Review and Submit</translation>
    </message>
    <message>
        <source>This will be bundle number %1 of evaluator %2, signed with key %3 and readable only with the key of the program %4.</source>
        <translation>This will be bundle number %1 of evaluator %2, signed with key %3 and readable only with the key of the program %4.</translation>
    </message>
    <message>
        <source>The last bundle was number %1 (%2), written to %3; the new one replaces it.</source>
        <translation>The last bundle was number %1 (%2), written to %3; the new one replaces it.</translation>
    </message>
    <message>
        <source>%1 applicants assigned: %2 complete or submitted, %3 recused, %4 incomplete.</source>
        <translation>%1 applicants assigned: %2 complete or submitted, %3 recused, %4 incomplete.</translation>
    </message>
    <message numerus="yes">
        <source>Still missing (%n item(s)):</source>
        <translation>
            <numerusform>Still missing (%n item):</numerusform>
            <numerusform>Still missing (%n items):</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: every sheet is complete.</source>
        <translation>Nothing is missing: every sheet is complete.</translation>
    </message>
    <message>
        <source>Submit an &amp;incomplete bundle anyway</source>
        <translation>Submit an &amp;incomplete bundle anyway</translation>
    </message>
    <message>
        <source>Sign and &amp;Submit…</source>
        <translation>Sign and &amp;Submit…</translation>
    </message>
</context>
<context>
    <name>SubmittedDialog</name>
    <message>
        <source>Score Bundle Written</source>
        <translation>Score Bundle Written</translation>
    </message>
    <message numerus="yes">
        <source>Your signed, encrypted score bundle for %n applicant(s) is written.</source>
        <translation>
            <numerusform>Your signed, encrypted score bundle for %n applicant is written.</numerusform>
            <numerusform>Your signed, encrypted score bundle for %n applicants is written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your signed, encrypted score bundle is written, but it is INCOMPLETE: incomplete sheets are not counted.</source>
        <translation>Your signed, encrypted score bundle is written, but it is INCOMPLETE: incomplete sheets are not counted.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Sequence number:</source>
        <translation>Sequence number:</translation>
    </message>
    <message>
        <source>Signed with key:</source>
        <translation>Signed with key:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Hand this file to the operating agency. Only the program&apos;s key can read it. If you change scores later (after the on-site inspection, say), submit again: the newer bundle replaces this one.</source>
        <translation>Hand this file to the operating agency. Only the program&apos;s key can read it. If you change scores later (after the on-site inspection, say), submit again: the newer bundle replaces this one.</translation>
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
<context>
    <name>VerdictsModel</name>
    <message>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>To score applicants you need an evaluator workspace: your identity (a signing key protected by your passphrase), the assignment package from the operating agency, and your scores. Everything stays on this computer until you submit a signed bundle.</source>
        <translation>To score applicants you need an evaluator workspace: your identity (a signing key protected by your passphrase), the assignment package from the operating agency, and your scores. Everything stays on this computer until you submit a signed bundle.</translation>
    </message>
    <message>
        <source>&amp;Create Evaluator Identity…</source>
        <translation>&amp;Create Evaluator Identity…</translation>
    </message>
    <message>
        <source>&amp;Open Evaluator Workspace…</source>
        <translation>&amp;Open Evaluator Workspace…</translation>
    </message>
    <message>
        <source>First time: make your keys and the enrolment file to hand to the operating agency.</source>
        <translation>First time: make your keys and the enrolment file to hand to the operating agency.</translation>
    </message>
    <message>
        <source>Continue in a workspace made earlier on this computer.</source>
        <translation>Continue in a workspace made earlier on this computer.</translation>
    </message>
</context>
<context>
    <name>WorkspaceAccess</name>
    <message>
        <source>The workspace %1 is in use by another smartcert (pid %2, since %3).</source>
        <translation>The workspace %1 is in use by another smartcert (pid %2, since %3).</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another smartcert.</source>
        <translation>The workspace %1 is in use by another smartcert.</translation>
    </message>
    <message>
        <source>Only one program may change a workspace at a time. Wait until the other one has closed it, or look at it without changing anything.</source>
        <translation>Only one program may change a workspace at a time. Wait until the other one has closed it, or look at it without changing anything.</translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Wait</translation>
    </message>
    <message>
        <source>&amp;View Read-Only</source>
        <translation>&amp;View Read-Only</translation>
    </message>
    <message>
        <source>Waiting until the other smartcert closes %1…</source>
        <translation>Waiting until the other smartcert closes %1…</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Database Password</translation>
    </message>
    <message>
        <source>The database server %1 asks for the password of the database user %2.</source>
        <translation>The database server %1 asks for the password of the database user %2.</translation>
    </message>
    <message>
        <source>The workspace could not be backed up: %1</source>
        <translation>The workspace could not be backed up: %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>Backups of %1. Restoring one replaces the workspace&apos;s scores and records by the backup&apos;s; the present state is backed up first, so a restore can be undone by restoring that backup.</source>
        <translation>Backups of %1. Restoring one replaces the workspace&apos;s scores and records by the backup&apos;s; the present state is backed up first, so a restore can be undone by restoring that backup.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>Can be restored</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>Damaged: %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>opening the workspace</source>
        <translation>opening the workspace</translation>
    </message>
    <message>
        <source>merging bundles</source>
        <translation>merging bundles</translation>
    </message>
    <message>
        <source>submitting</source>
        <translation>submitting</translation>
    </message>
    <message>
        <source>importing a package</source>
        <translation>importing a package</translation>
    </message>
    <message>
        <source>importing a score sheet</source>
        <translation>importing a score sheet</translation>
    </message>
    <message>
        <source>a correction decision</source>
        <translation>a correction decision</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>restoring a backup</translation>
    </message>
    <message>
        <source>The workspace %1 has no backups yet.</source>
        <translation>The workspace %1 has no backups yet.</translation>
    </message>
    <message>
        <source>Restore the backup made %1, before %2?</source>
        <translation>Restore the backup made %1, before %2?</translation>
    </message>
    <message>
        <source>What was done since then is replaced; the present state is kept as a backup.</source>
        <translation>What was done since then is replaced; the present state is kept as a backup.</translation>
    </message>
    <message>
        <source>The workspace is still open in this program; close what uses it and try again. Nothing was restored.</source>
        <translation>The workspace is still open in this program; close what uses it and try again. Nothing was restored.</translation>
    </message>
    <message>
        <source>The workspace was restored from the backup made %1.</source>
        <translation>The workspace was restored from the backup made %1.</translation>
    </message>
</context>
</TS>
