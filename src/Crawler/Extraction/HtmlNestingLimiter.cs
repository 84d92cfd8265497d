using System.Text;
using static Pipeline.Crawler.Extraction.HtmlElementSets;

namespace Pipeline.Crawler.Extraction;

/// <summary>
/// Caps how deep a page nests before AngleSharp builds its tree, so that a page of 100,000 nested elements
/// costs time in proportion to its size. AngleSharp stops nesting at 512 as browsers do, but it then
/// appends every deeper element to the 512th, which costs time in the square of their number. One pass models the stack the way the
/// WHATWG tree builder grows and shrinks it (void and raw-text elements, implied end tags of p, li, table
/// parts and headings, end tags that stop at special elements, formatting elements that are reopened) and
/// drops every start tag that would open an element deeper than <see cref="MaxDepth"/>, together with its end
/// tag. Text is never dropped: it flows into the deepest element kept. Where the model is unsure it
/// counts an element as open, so it errs toward flattening a hostile page, never toward letting one through.
/// Pages that never nest that deep come back unchanged, as the same string.
/// </summary>
internal sealed class HtmlNestingLimiter
{
    /// <summary>The deepest element kept, counting html and body, as in browsers and AngleSharp.</summary>
    public const int MaxDepth = 512;

    /// <summary>Elements open below body at most: html and body are always open and never on this model's stack.</summary>
    public const int MaxOpenInBody = MaxDepth - 2;

    /// <summary>
    /// Formatting elements the parser may reopen at once; more would be reopened around every later text,
    /// so further formatting start tags are dropped (they change emphasis, never text).
    /// </summary>
    public const int MaxActiveFormatting = 12;

    private readonly string html;
    private readonly List<Node> stack = [];
    private readonly Dictionary<string, int> openCount = new(StringComparer.Ordinal);

    // The list of active formatting elements; null is a marker (a cell, caption, object or template began).
    private readonly List<Node?> active = [];
    private readonly Dictionary<string, int> suppressed = new(StringComparer.Ordinal);
    private int suppressedFloor = int.MaxValue;
    private StringBuilder? output;
    private int copied;

    private HtmlNestingLimiter(string html) => this.html = html;

    private enum Scope
    {
        Default,
        ListItem,
        Button,
        Table,
    }

    private Node? Top => stack.Count == 0 ? null : stack[^1];

    private bool InForeign => Top is { Foreign: true } top && !IntegrationPoint.Contains(top.Name);

    /// <summary>The page with every element deeper than <see cref="MaxDepth"/> flattened into its ancestor.</summary>
    /// <param name="html">The page.</param>
    /// <returns>The same string when nothing was too deep; otherwise the page without the dropped tags.</returns>
    public static string Limit(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.AsSpan().Count('<') <= MaxDepth ? html : new HtmlNestingLimiter(html).Run();
    }

    private string Run()
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt != i)
            {
                Reconstruct();
            }

            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next is '!' or '?')
            {
                i = HtmlTagScanner.SkipDeclaration(html, lt, InForeign);
            }
            else if (next == '/')
            {
                if (lt + 2 >= html.Length)
                {
                    break;
                }

                if (!char.IsAsciiLetter(html[lt + 2]))
                {
                    i = html[lt + 2] == '>' ? lt + 3 : HtmlTagScanner.SkipDeclaration(html, lt, foreign: false);
                    continue;
                }

                var name = HtmlTagScanner.ReadName(html, lt + 2, out var nameEnd);
                var end = HtmlTagScanner.SkipAttributes(html, nameEnd, out _);
                if (end < 0)
                {
                    break;
                }

                EndTag(name, lt, end);
                i = end;
            }
            else if (char.IsAsciiLetter(next))
            {
                var name = HtmlTagScanner.ReadName(html, lt + 1, out var nameEnd);
                var end = HtmlTagScanner.SkipAttributes(html, nameEnd, out var selfClosing);
                if (end < 0)
                {
                    break;
                }

                i = StartTag(name, lt, nameEnd, end, selfClosing);
            }
            else
            {
                Reconstruct();
                i = lt + 1;
            }
        }

        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <returns>Where scanning goes on: after the tag, or after the raw text it opens.</returns>
    private int StartTag(string name, int lt, int nameEnd, int end, bool selfClosing)
    {
        var foreign = InForeign;
        var breaksOut = foreign && BreaksOutOfForeign.Contains(name);
        var pushes = foreign && !breaksOut ? !selfClosing : OpensHtmlElement(name, selfClosing);
        // A table part may bring up to two implied parents with it.
        var room = TablePart.Contains(name) ? 2 : 0;
        if ((pushes && stack.Count + room >= MaxOpenInBody) || (Formatting.Contains(name) && (!foreign || breaksOut) && ActiveSinceMarker() >= MaxActiveFormatting))
        {
            // Dropped before it changes anything, so this model and the real parser stay in step.
            Suppress(name, lt, end);
            return end;
        }

        if (foreign && !breaksOut)
        {
            if (!selfClosing)
            {
                Push(name, foreign: true);
            }

            return end;
        }

        while (InForeign)
        {
            Pop();
        }

        if (RawText.Contains(name))
        {
            if (name == "xmp")
            {
                CloseParagraph();
            }

            return HtmlTagScanner.FindRawTextEnd(html, end, name);
        }

        if (!pushes)
        {
            if (name == "hr")
            {
                CloseParagraph();
            }
            else if (VoidElements.Contains(name))
            {
                Reconstruct();
            }

            return end;
        }

        if (TablePart.Contains(name))
        {
            OpenTablePart(name);
        }
        else if (name == "table")
        {
            if (InTableMode())
            {
                // A table directly in a table ends the first one.
                PopThrough(FindInScope("table", Scope.Table));
            }
            else
            {
                CloseParagraph();
            }

            Push(name);
        }
        else if (name is "li" or "dd" or "dt")
        {
            CloseListItem(name);
            CloseParagraph();
            Push(name);
        }
        else if (IsHeading(name))
        {
            CloseParagraph();
            if (Top is { Foreign: false } top && IsHeading(top.Name))
            {
                Pop();
            }

            Push(name);
        }
        else if (ClosesParagraph.Contains(name))
        {
            CloseParagraph();
            Push(name);
            return name == "plaintext" ? html.Length : end;
        }
        else if (Formatting.Contains(name))
        {
            OpenFormatting(name, nameEnd..end);
        }
        else
        {
            OpenOther(name);
        }

        return end;
    }

    private bool OpensHtmlElement(string name, bool selfClosing) =>
        !VoidElements.Contains(name) && !RawText.Contains(name)
        && name is not ("html" or "body" or "head" or "frameset")
        && !(TablePart.Contains(name) && Count("table") == 0)
        && !(name == "form" && Count("form") > 0)
        && !(name is "svg" or "math" && selfClosing);

    private void OpenTablePart(string name)
    {
        // Each part first closes whatever is open inside the table part it belongs to.
        string[] context = name switch
        {
            "tr" => ["tbody", "thead", "tfoot", "table"],
            "td" or "th" => ["tr", "tbody", "thead", "tfoot", "table"],
            _ => ["table"],
        };
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var node = stack[i];
            if (!node.Foreign && (context.Contains(node.Name) || node.Name is "html" or "template"))
            {
                PopThrough(i + 1);
                break;
            }
        }

        // A row needs a table body and a cell a row: the parser inserts those it lacks.
        if (name is "tr" or "td" or "th" && Top?.Name == "table")
        {
            Push("tbody");
        }

        if (name is "td" or "th" && Top?.Name is "tbody" or "thead" or "tfoot")
        {
            Push("tr");
        }

        Push(name);
        if (name is "td" or "th" or "caption")
        {
            active.Add(null);
        }
    }

    private void OpenFormatting(string name, Range attributes)
    {
        if (name == "a" && LastActive("a") is var previous and >= 0)
        {
            // A link inside a link ends the first one.
            var link = active[previous]!;
            CloseFormatting(link);
            active.Remove(link);
        }
        else if (name == "nobr" && FindInScope("nobr", Scope.Default) >= 0)
        {
            CloseFormatting(stack[FindInScope("nobr", Scope.Default)]);
        }

        Reconstruct();
        var same = 0;
        var earliest = -1;
        for (var i = active.Count - 1; i >= 0 && active[i] is { } entry; i--)
        {
            if (entry.Name == name && html.AsSpan(entry.Attributes).SequenceEqual(html.AsSpan(attributes)))
            {
                same++;
                earliest = i;
            }
        }

        if (same >= 3)
        {
            // The parser keeps at most three identical formatting elements to reopen.
            active.RemoveAt(earliest);
        }

        active.Add(Push(name, attributes: attributes));
    }

    private void OpenOther(string name)
    {
        if (name == "button" && FindInScope("button", Scope.Default) is var button and >= 0)
        {
            PopThrough(button);
        }
        else if (name is "option" or "optgroup")
        {
            if (Top is { Name: "option", Foreign: false })
            {
                Pop();
            }

            if (name == "optgroup" && Top is { Name: "optgroup", Foreign: false })
            {
                Pop();
            }
        }

        Reconstruct();
        Push(name, foreign: name is "svg" or "math");
        if (Marker.Contains(name))
        {
            active.Add(null);
        }
    }

    private void EndTag(string name, int lt, int end)
    {
        if (suppressed.TryGetValue(name, out var count) && count > 0)
        {
            // The end tag of a dropped start tag goes with it.
            suppressed[name] = count - 1;
            Drop(lt, end);
            return;
        }

        if (Top is { Foreign: true })
        {
            for (var i = stack.Count - 1; i >= 0 && stack[i].Foreign; i--)
            {
                if (string.Equals(stack[i].Name, name, StringComparison.Ordinal))
                {
                    PopThrough(i);
                    return;
                }
            }
        }

        if (name is "body" or "html")
        {
            return;
        }

        if (name == "br")
        {
            Reconstruct();
        }
        else if (name == "p")
        {
            PopThrough(FindInScope("p", Scope.Button));
        }
        else if (name == "li")
        {
            PopThrough(FindInScope("li", Scope.ListItem));
        }
        else if (IsHeading(name))
        {
            PopThrough(FindHeadingInScope());
        }
        else if (TableScoped.Contains(name))
        {
            PopThrough(FindInScope(name, Scope.Table));
        }
        else if (Formatting.Contains(name))
        {
            if (LastActive(name) is var index and >= 0)
            {
                var entry = active[index]!;
                if (!entry.OnStack || CloseFormatting(entry))
                {
                    active.RemoveAt(index);
                }
            }
            else
            {
                CloseOther(name);
            }
        }
        else if (Special.Contains(name))
        {
            PopThrough(FindInScope(name, Scope.Default));
        }
        else
        {
            CloseOther(name);
        }
    }

    /// <summary>Closes a formatting element unless a special element is open inside it.</summary>
    /// <returns>False when the adoption agency would keep the nesting as deep as it is.</returns>
    private bool CloseFormatting(Node entry)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (ReferenceEquals(stack[i], entry))
            {
                PopThrough(i);
                return true;
            }

            if (IsSpecial(stack[i]))
            {
                // The parser moves the elements above into a copy of the formatting element: no shallower.
                return false;
            }
        }

        return false;
    }

    /// <summary>"Any other end tag": closes the nearest element of that name unless a special element comes first.</summary>
    private void CloseOther(string name)
    {
        if (Count(name) == 0)
        {
            return;
        }

        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Name == name)
            {
                PopThrough(i);
                return;
            }

            if (IsSpecial(stack[i]))
            {
                return;
            }
        }
    }

    private void CloseParagraph() => PopThrough(FindInScope("p", Scope.Button));

    private void CloseListItem(string name)
    {
        if (name == "li" ? Count("li") == 0 : Count("dd") + Count("dt") == 0)
        {
            return;
        }

        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var node = stack[i];
            if (!node.Foreign && (name == "li" ? node.Name == "li" : node.Name is "dd" or "dt"))
            {
                PopThrough(i);
                return;
            }

            if (IsSpecial(node) && node.Name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private bool InTableMode()
    {
        if (Count("table") == 0)
        {
            return false;
        }

        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var node = stack[i];
            if (!node.Foreign && node.Name is "table" or "td" or "th" or "caption" or "html" or "template")
            {
                return node.Name == "table";
            }
        }

        return false;
    }

    private int FindInScope(string name, Scope scope)
    {
        if (Count(name) == 0)
        {
            return -1;
        }

        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var node = stack[i];
            if (!node.Foreign && node.Name == name)
            {
                return i;
            }

            if (IsBarrier(node, scope))
            {
                return -1;
            }
        }

        return -1;
    }

    private int FindHeadingInScope()
    {
        if (Count("h1") + Count("h2") + Count("h3") + Count("h4") + Count("h5") + Count("h6") == 0)
        {
            return -1;
        }

        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (!stack[i].Foreign && IsHeading(stack[i].Name))
            {
                return i;
            }

            if (IsBarrier(stack[i], Scope.Default))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsBarrier(Node node, Scope scope) => scope switch
    {
        Scope.Table => node.TableBarrier,
        Scope.ListItem => node.Barrier || node.Name is "ol" or "ul",
        Scope.Button => node.Barrier || node.Name == "button",
        _ => node.Barrier,
    };

    private static bool IsSpecial(Node node) => node.Special;

    private int LastActive(string name)
    {
        for (var i = active.Count - 1; i >= 0 && active[i] is { } entry; i--)
        {
            if (entry.Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private int ActiveSinceMarker()
    {
        var count = 0;
        for (var i = active.Count - 1; i >= 0 && active[i] is not null; i--)
        {
            count++;
        }

        return count;
    }

    /// <summary>Reopens the formatting elements that were closed implicitly, as the parser does before text and most tags.</summary>
    private void Reconstruct()
    {
        if (active.Count == 0 || active[^1] is not { OnStack: false })
        {
            return;
        }

        var first = active.Count - 1;
        while (first > 0 && active[first - 1] is { OnStack: false })
        {
            first--;
        }

        for (var i = first; i < active.Count; i++)
        {
            active[i] = Push(active[i]!.Name, attributes: active[i]!.Attributes);
        }
    }

    private Node Push(string name, bool foreign = false, Range attributes = default)
    {
        var node = new Node(name, foreign, attributes);
        stack.Add(node);
        openCount[name] = Count(name) + 1;
        return node;
    }

    private void Pop()
    {
        var node = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        openCount[node.Name]--;
        node.OnStack = false;
        if (!node.Foreign && Marker.Contains(node.Name))
        {
            // Leaving a cell, caption, object or template forgets the formatting opened inside it.
            var marker = active.LastIndexOf(null);
            active.RemoveRange(Math.Max(0, marker), active.Count - Math.Max(0, marker));
        }

        if (stack.Count < suppressedFloor)
        {
            // The element the dropped tags would have been nested in is closed: so are they.
            suppressed.Clear();
            suppressedFloor = int.MaxValue;
        }
    }

    /// <summary>Pops every element from <paramref name="index"/> up; nothing for -1.</summary>
    private void PopThrough(int index)
    {
        while (index >= 0 && stack.Count > index)
        {
            Pop();
        }
    }

    private int Count(string name) => openCount.GetValueOrDefault(name);

    private void Suppress(string name, int start, int end)
    {
        suppressed[name] = suppressed.GetValueOrDefault(name) + 1;
        suppressedFloor = Math.Min(suppressedFloor, stack.Count);
        Drop(start, end);
    }

    private void Drop(int start, int end)
    {
        output ??= new StringBuilder(html.Length);
        output.Append(html, copied, start - copied);
        copied = end;
    }

    /// <summary>An open element; what the scope walks ask of it is worked out once, when it opens.</summary>
    private sealed class Node(string name, bool foreign, Range attributes)
    {
        public string Name { get; } = name;

        public bool Foreign { get; } = foreign;

        /// <summary>Where a formatting element's attributes are written in the page: alike ones are told apart by them.</summary>
        public Range Attributes { get; } = attributes;

        public bool OnStack { get; set; } = true;

        public bool Special { get; } = foreign ? IntegrationPoint.Contains(name) : HtmlElementSets.Special.Contains(name);

        public bool Barrier { get; } = foreign ? IntegrationPoint.Contains(name) : ScopeBarrier.Contains(name);

        public bool TableBarrier { get; } = foreign ? IntegrationPoint.Contains(name) : name is "html" or "table" or "template";
    }
}
