#!/usr/bin/env python3
"""Reference measures from networkx for Herald Scout's tests and benchmark.

Reads Scout's own input files (people.csv with id and department, interactions.csv with
source,target[,weight]) and builds the graph exactly as Scout documents it: every person is a
node, self-loops are dropped, rows between the same two people in either direction add up to
one undirected tie. Prints JSON {"seconds": {...}, "people": {id: {...}}} on stdout.

  networkx_measures.py PEOPLE INTERACTIONS [--measures betweenness,constraint,participation,degree]

Only networkx and the standard library are used; participation (Guimerà–Amaral) is not in
networkx, so it is computed here from its definition as an independent check.
"""
import argparse
import csv
import json
import math
import sys
import time

import networkx as nx


def load(people_path, interactions_path):
    graph = nx.Graph()
    department = {}
    with open(people_path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            graph.add_node(row["id"])
            department[row["id"]] = row["department"]
    if interactions_path:
        with open(interactions_path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            for row in reader:
                s = row.get("source") or row.get("from")
                t = row.get("target") or row.get("to")
                w = float(row["weight"]) if row.get("weight") else 1.0
                if s == t or s not in department or t not in department:
                    continue
                if graph.has_edge(s, t):
                    graph[s][t]["weight"] += w
                else:
                    graph.add_edge(s, t, weight=w)
    return graph, department


def participation(graph, department):
    result = {}
    for u in graph:
        k = graph.degree(u)
        if k == 0:
            result[u] = 0.0
            continue
        counts = {}
        for v in graph[u]:
            counts[department[v]] = counts.get(department[v], 0) + 1
        result[u] = 1.0 - sum((c / k) ** 2 for c in counts.values())
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("people")
    parser.add_argument("interactions", nargs="?")
    parser.add_argument("--measures", default="betweenness,constraint,participation,degree")
    args = parser.parse_args()
    measures = args.measures.split(",")

    seconds = {}
    start = time.perf_counter()
    graph, department = load(args.people, args.interactions)
    seconds["load"] = time.perf_counter() - start

    values = {}
    if "betweenness" in measures:
        start = time.perf_counter()
        values["betweenness"] = nx.betweenness_centrality(graph, normalized=True)
        seconds["betweenness"] = time.perf_counter() - start
    if "constraint" in measures:
        start = time.perf_counter()
        values["constraint"] = nx.constraint(graph, weight="weight")
        seconds["constraint"] = time.perf_counter() - start
    if "participation" in measures:
        values["participation"] = participation(graph, department)
    if "degree" in measures:
        values["degree"] = dict(graph.degree())

    people = {}
    for node in graph:
        entry = {}
        for name, table in values.items():
            value = table[node]
            entry[name] = None if isinstance(value, float) and math.isnan(value) else value
        people[node] = entry
    json.dump({"networkx": nx.__version__, "seconds": seconds, "people": people}, sys.stdout)


if __name__ == "__main__":
    main()
