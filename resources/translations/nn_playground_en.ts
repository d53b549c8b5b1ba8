<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AtlasWindow</name>
    <message numerus="yes">
        <source>Every cell trains this setting with the cell&apos;s values: hidden {hidden} · {activation} · {bias} · output {output} · loss {loss} · optimizer {optimizer} · %n row(s)</source>
        <translation>
            <numerusform>Every cell trains this setting with the cell&apos;s values: hidden {hidden} · {activation} · {bias} · output {output} · loss {loss} · optimizer {optimizer} · %n row</numerusform>
            <numerusform>Every cell trains this setting with the cell&apos;s values: hidden {hidden} · {activation} · {bias} · output {output} · loss {loss} · optimizer {optimizer} · %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetEditor</name>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Toggle %n cell(s)</source>
        <translation>
            <numerusform>Toggle %n cell</numerusform>
            <numerusform>Toggle %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>target column(s) {names}</source>
        <translation>
            <numerusform>target column {names}</numerusform>
            <numerusform>target columns {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>input column(s) {names}</source>
        <translation>
            <numerusform>input column {names}</numerusform>
            <numerusform>input columns {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste into %n cell(s)</source>
        <translation>
            <numerusform>Paste into %n cell</numerusform>
            <numerusform>Paste into %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more bad cell(s))</source>
        <translation>
            <numerusform>(and %n more bad cell)</numerusform>
            <numerusform>(and %n more bad cells)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetModel</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message numerus="yes">
        <source>Copied %Ln cell(s)</source>
        <translation>
            <numerusform>Copied %Ln cell</numerusform>
            <numerusform>Copied %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generate a truth table of %n input(s)</source>
        <translation>
            <numerusform>Generate a truth table of %n input</numerusform>
            <numerusform>Generate a truth table of %n inputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message numerus="yes">
        <source>%n more will be offered next time.</source>
        <translation>
            <numerusform>%n more will be offered next time.</numerusform>
            <numerusform>%n more will be offered next time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeneratorDialog</name>
    <message numerus="yes">
        <source>%Ln row(s), {filled}</source>
        <translation>
            <numerusform>%Ln row, {filled}</numerusform>
            <numerusform>%Ln rows, {filled}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;Train this setting from %n seed(s)&lt;/b&gt; ({first} to {last}): {setting}</source>
        <translation>
            <numerusform>&lt;b&gt;Train this setting from %n seed&lt;/b&gt; ({first} to {last}): {setting}</numerusform>
            <numerusform>&lt;b&gt;Train this setting from %n seeds&lt;/b&gt; ({first} to {last}): {setting}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hidden {hidden} · {activation} · {bias} · learning rate {rate} · {iterations} iterations · %n row(s)</source>
        <translation>
            <numerusform>hidden {hidden} · {activation} · {bias} · learning rate {rate} · {iterations} iterations · %n row</numerusform>
            <numerusform>hidden {hidden} · {activation} · {bias} · learning rate {rate} · {iterations} iterations · %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n run(s) ({share}%) reached the target error {target}</source>
        <translation>
            <numerusform>{n} of %n run ({share}%) reached the target error {target}</numerusform>
            <numerusform>{n} of %n runs ({share}%) reached the target error {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} of %n run(s) ({share}%) are at the target error {target}</source>
        <translation>
            <numerusform>{n} of %n run ({share}%) are at the target error {target}</numerusform>
            <numerusform>{n} of %n runs ({share}%) are at the target error {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n diverged</source>
        <translation>
            <numerusform>%n diverged</numerusform>
            <numerusform>%n diverged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message numerus="yes">
        <source>Do %Ln iteration(s) at the chosen speed, then pause (Shift+F6)</source>
        <translation>
            <numerusform>Do %Ln iteration at the chosen speed, then pause (Shift+F6)</numerusform>
            <numerusform>Do %Ln iterations at the chosen speed, then pause (Shift+F6)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>Insert %n row</numerusform>
            <numerusform>Insert %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Remove %n row</numerusform>
            <numerusform>Remove %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as test</source>
        <translation>
            <numerusform>Mark %n row as test</numerusform>
            <numerusform>Mark %n rows as test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as training</source>
        <translation>
            <numerusform>Mark %n row as training</numerusform>
            <numerusform>Mark %n rows as training</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>Remove %n column</numerusform>
            <numerusform>Remove %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n column(s) inputs</source>
        <translation>
            <numerusform>Make %n column an input</numerusform>
            <numerusform>Make %n columns inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n column(s) targets</source>
        <translation>
            <numerusform>Make %n column a target</numerusform>
            <numerusform>Make %n columns targets</numerusform>
        </translation>
    </message>
</context>
</TS>
