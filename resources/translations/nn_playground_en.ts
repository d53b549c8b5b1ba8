<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>GeneratorDialog</name>
    <message numerus="yes">
        <source>%Ln row(s), {filled}</source>
        <translation>
            <numerusform>%Ln row, {filled}</numerusform>
            <numerusform>%Ln rows, {filled}</numerusform>
        </translation>
    </message>
</context>
</TS>
